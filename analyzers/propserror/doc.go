// Package propserror defines an Analyzer that checks that props functions
// fail by returning an error.
//
// # Analyzer propserror
//
// propserror: props functions return their errors instead of crashing or dropping them
//
// Next.js: "If an error is thrown inside getServerSideProps, it will show
// the pages/500.js file."
//
// In Go the props function's error result is what reaches the error page.
// In a props function, and in the functions of its package that only props
// functions call, the analyzer reports:
//
//   - panic(...), log.Panic* and the standard library's Must helpers
//     (template.Must, regexp.MustCompile and netip.MustParse* of a value
//     that is not a constant): the request dies (net/http drops the
//     connection) instead of rendering the 500 page;
//   - log.Fatal* and os.Exit: the whole server process exits;
//   - an error discarded (x, _ := f(), or a call whose error result is
//     ignored) in a props function whose error result is always nil: the
//     page renders with empty props instead of the 500 page.
//
// A panic inside a deferred function (a recover handler that re-panics) is
// not reported, and neither is a recoverable one in a function that
// defers a recover. Functions outside that reach, init and package-level
// template.Must are not reported.
package propserror
