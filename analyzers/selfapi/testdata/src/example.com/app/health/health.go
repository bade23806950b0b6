// Package health checks the server's own health endpoint. No props
// function calls it: it carries a fact, nothing is reported.
package health

import "net/http"

func Check() error { // want Check:`requests: GET http://localhost:3000/api/health`
	resp, err := http.Get("http://localhost:3000/api/health")
	if err == nil {
		resp.Body.Close()
	}
	return err
}
