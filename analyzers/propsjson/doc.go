// Package propsjson defines an Analyzer that reports props that
// encoding/json cannot encode, or encodes differently than they read.
//
// # Analyzer propsjson
//
// propsjson: props must serialize to JSON as written
//
// Next.js: "getServerSideProps returns JSON which will be used to render
// the page." A Go page's props are encoded with encoding/json into the
// initial HTML. At every props site (internal/propssite: props functions,
// Inertia's Render and shared props, render helpers, props-sinks), the
// analyzer walks the props type the way encoding/json does and reports:
//
//   - values it cannot encode, so json.Marshal fails and the page errors:
//     chan, func, complex64/complex128 and unsafe.Pointer, and maps whose
//     key type is not a string, an integer or an encoding.TextMarshaler;
//   - fields it silently drops: two fields with the same JSON name at the
//     same depth (both vanish);
//   - json tags it silently ignores in part: unknown options
//     (json:"x,strnig"), names it cannot use, ,string on a field that is
//     not a bool, number or string.
//
// Where the props hold interface values (any, map[string]any), it follows
// with SSA what the props function stores there and checks the dynamic
// types of those values the same way (a func stored into an any field).
// Types with their own MarshalJSON or MarshalText are not looked into. A
// closure a framework calls before encoding (gonertia's func() any and lazy
// props) is checked by its result.
//
// Findings about the props type are reported at the props function's name
// with the path of the value (Props.Events[].OnClick); findings about values
// SSA follows are reported where the value enters the props.
package propsjson
