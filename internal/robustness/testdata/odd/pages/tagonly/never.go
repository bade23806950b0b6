//go:build ssrlint_never

package tagonly

import "net/http"

// Excluded by its build tag: never type-checked, never analyzed.
func getServerSideProps(r *http.Request) (Props, error) {
	http.Get("http://localhost/api/users")
	return Props{}, undefined
}
