// Package sensitiveprops defines an Analyzer that reports sensitive data
// reaching the props of a page, which are serialized into its initial HTML.
//
// # Analyzer sensitiveprops
//
// sensitiveprops: no secrets or server handles in props
//
// Next.js: "any props will be passed to the page component and can be
// viewed on the client-side in the initial HTML ... Make sure that you don't
// pass any sensitive information that shouldn't be available on the client
// in props."
//
// At every props site (internal/propssite: GetServerSideProps and
// GetStaticProps of a page package, Inertia's Render, shared and context
// props, validation errors and template data, render helpers, props-sinks),
// the analyzer walks the props type the way encoding/json does (exported
// fields, embedded structs promoted, json:"-" skipped, types with their own
// MarshalJSON or MarshalText treated as opaque) and reports:
//
//   - values of sensitive types: types marked //ssrlint:sensitive (in any
//     package), types listed under sensitive-types in .ssrlint.yml, and the
//     built-in list (crypto private keys, *sql.DB, *sql.Tx, *sql.Conn,
//     *http.Request, http.Header, *http.Cookie, *http.Client, *tls.Config,
//     tls.Certificate, *url.Userinfo, oauth2.Token, oauth2.Config, jwt
//     tokens);
//   - struct fields marked //ssrlint:sensitive;
//   - string and []byte fields whose Go or JSON name names a secret
//     (PasswordHash, api_key, ClientSecret, RefreshToken, SessionID, SSN,
//     CardNumber, CVV; integer fields only when the name ends with the
//     secret). Bare Token, Hash and Key are not secrets, and CSRF tokens are
//     meant for the page. sensitive-names adds words, allowed-names exempts
//     names.
//
// Where the props hold interface values (any, map[string]any, []any), it
// follows with SSA what the props function stores there (map and struct
// literals, m["user"] = u, p.Data = v, append) and walks the dynamic types
// of those values. It also reports the value of a secret-named environment
// variable (os.Getenv("STRIPE_SECRET_KEY"), os.LookupEnv) flowing into the
// props, directly, through locals or inside strings built from it, and the
// value of a secret-named or marked struct field copied or formatted into
// the props (Sprintf, +, strings.Join, url.Values), json:"-" or not.
//
// Findings about the props type are reported at the props function's name,
// one per path (Props.Owner.PasswordHash); findings about values SSA
// follows are reported where the value enters the props.
package sensitiveprops
