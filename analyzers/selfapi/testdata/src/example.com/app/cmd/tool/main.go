// Command tool is a CLI that calls the running app's API: silent, it is
// no props function.
package main

import "net/http"

func main() { // want main:`requests: POST http://localhost:3000/api/reindex`
	http.Post("http://localhost:3000/api/reindex", "application/json", nil)
}
