package posts // want package:`routes: /api/posts api/posts.Handler`

// posts is an API route package: it serves /api/posts.

import "net/http"

// Handler serves the posts from the CMS. Calling an external API from an
// API route is what API routes are for: silent.
func Handler(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get("https://cms.example.com/api/posts")
	if err == nil {
		resp.Body.Close()
	}
}
