// Package propsfunc defines an Analyzer that checks that props functions
// are exported standalone, only from page packages.
//
// # Analyzer propsfunc
//
// propsfunc: props functions are exported standalone functions of page packages
//
// Next.js: "getServerSideProps can only be exported from a page. You can't
// export it from non-page files." and "you must export getServerSideProps as
// a standalone function — it will not work if you add getServerSideProps as
// a property of the page component."
//
// In a Go app that follows the pages convention the renderer calls
// GetServerSideProps, GetStaticProps and GetStaticPaths, top-level functions
// of page packages; any other shape is never called. The analyzer reports:
//
//   - a props function declared in a package that is not a page, including
//     API route packages (pages/api/...);
//   - in a page package: a props function written as a method, as a
//     package-level variable of func type, or as a struct field;
//   - in a page package: a top-level function whose name is a props
//     function's name unexported or misspelled (getServerSideProps,
//     GetServersideProps, GetServerSideProp);
//   - GetServerSideProps together with GetStaticProps or GetStaticPaths in
//     one page, and GetStaticPaths without GetStaticProps;
//   - a props function whose results are not (props, error).
//
// A method named GetServerSideProps outside page packages is not reported:
// it belongs to some other API.
//
// It also reports //ssrlint:ignore directives that name no known analyzer,
// and //ssrlint: directives that do not exist (when propsfunc is
// disabled, the first enabled analyzer reports those).
package propsfunc
