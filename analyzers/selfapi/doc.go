// Package selfapi defines an Analyzer that reports props functions that
// call the app's own API routes over HTTP.
//
// # Analyzer selfapi
//
// selfapi: no HTTP calls from props functions to the app's own API routes
//
// Next.js: "It can be tempting to reach for an API Route when you want to
// fetch data from the server, then call that API route from
// getServerSideProps. This is an unnecessary and inefficient approach, as
// it will cause an extra request to be made due to both getServerSideProps
// and API Routes running on the server. [...] Instead, directly import the
// logic used inside your API Route into getServerSideProps."
//
// The analyzer reports a call in GetServerSideProps, GetStaticProps or
// GetStaticPaths, or in a handler with a framework props site (an Inertia
// Render, directly or through a render helper), that sends an HTTP request (http.Get, Head, Post,
// PostForm, the same methods of *http.Client, Do of a request made with
// http.NewRequest or NewRequestWithContext, and the functions configured
// with http-sinks) to this app's own API, itself or through functions it
// calls in any package of the module (up to four calls deep): generic
// functions, method values, function values kept in variables or struct
// fields, and interface methods whose implementations in the package and
// its dependencies send requests. The URL is evaluated over SSA:
// constants, +, fmt.Sprintf, url.JoinPath, path.Join, url.URL values,
// url.Parse and ResolveReference, variables (package-level ones of other
// packages too, through facts), and the arguments callers pass to helpers.
//
// A request is the app's own when its path is under an API prefix (/api/)
// or served by a route of the module, and its host is absent (a relative
// URL), a loopback host (localhost, 127.0.0.0/8, [::1], 0.0.0.0), the host
// of the incoming request (r.Host, r.URL.Host, X-Forwarded-Host) or a
// configured own origin (os.Getenv of APP_URL or BASE_URL by default). When
// the host is only known at run time, the request is reported only if its
// path is served by a route this module registers; a literal external host
// is never reported.
//
// Routes are API route packages (pages/api/users serves /api/users) and
// constant patterns registered with net/http (Go 1.22 patterns included),
// chi, gorilla/mux, gin and echo, with the prefixes of sub-routers joined
// (Group, PathPrefix().Subrouter(), chi Route, Group and Mount, routers
// handed to helpers of the package), in the analyzed package and the
// packages it imports. The ssrlint command also hands each page the API
// route packages below its pages directory that it does not import (the
// -routes file); the analyzer reads no other package's files.
package selfapi
