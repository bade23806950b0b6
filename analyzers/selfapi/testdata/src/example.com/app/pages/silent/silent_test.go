package silent

import (
	"net/http"
	"testing"
)

// Calls in test files are out of scope: silent.
func TestAPI(t *testing.T) {
	http.Get("http://localhost:3000/api/posts")
}
