package sensitiveprops

import (
	"fmt"
	"go/types"

	"github.com/ssrlint/ssrlint/internal/jsonshape"
)

// builtinTypes are the types that never belong in props, and what they are.
var builtinTypes = map[string]string{
	"crypto/rsa.PrivateKey":                   "a private key",
	"crypto/ecdsa.PrivateKey":                 "a private key",
	"crypto/ed25519.PrivateKey":               "a private key",
	"crypto/ecdh.PrivateKey":                  "a private key",
	"crypto/dsa.PrivateKey":                   "a private key",
	"database/sql.DB":                         "a database handle",
	"database/sql.Tx":                         "a database transaction",
	"database/sql.Conn":                       "a database connection",
	"net/http.Request":                        "the incoming request, with its cookies and credentials",
	"net/http.Header":                         "HTTP headers, with cookies and credentials",
	"net/http.Cookie":                         "a cookie",
	"net/http.Client":                         "an HTTP client",
	"crypto/tls.Config":                       "a TLS configuration",
	"crypto/tls.Certificate":                  "a TLS certificate with its private key",
	"net/url.Userinfo":                        "URL credentials",
	"golang.org/x/oauth2.Token":               "an OAuth2 token",
	"golang.org/x/oauth2.Config":              "an OAuth2 client configuration with its secret",
	"github.com/golang-jwt/jwt/v5.Token":      "a JWT",
	"github.com/golang-jwt/jwt/v4.Token":      "a JWT",
	"github.com/golang-jwt/jwt.Token":         "a JWT",
	"github.com/dgrijalva/jwt-go.Token":       "a JWT",
	"github.com/lestrrat-go/jwx/v2/jwt.Token": "a JWT",
}

// sensitiveTypes returns the built-in types plus the configured ones.
func sensitiveTypes(configured []string) map[string]string {
	m := make(map[string]string, len(builtinTypes)+len(configured))
	for k, v := range builtinTypes {
		m[k] = v
	}
	for _, k := range configured {
		m[k] = "listed under sensitive-types"
	}
	return m
}

// sensitiveType reports whether t (pointers stripped) is a named type that
// is marked, configured or built in, and says what it is.
func (c *checker) sensitiveType(t types.Type) (string, bool) {
	named, ok := jsonshape.Deref(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return "", false
	}
	obj := named.Origin().Obj()
	name := obj.Pkg().Path() + "." + obj.Name()
	if c.marked(obj) {
		return fmt.Sprintf("type %s.%s is marked //ssrlint:sensitive", obj.Pkg().Name(), obj.Name()), true
	}
	if what, ok := c.types[name]; ok {
		return fmt.Sprintf("%s.%s: %s", obj.Pkg().Name(), obj.Name(), what), true
	}
	return "", false
}
