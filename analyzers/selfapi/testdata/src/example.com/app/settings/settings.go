// Package settings holds the app's service addresses, set once at start.
package settings

import "os"

// SearchURL is the origin of the search service, deployed on its own.
var SearchURL = "https://search.example.com" // want SearchURL:`url: https://search.example.com`

// SelfURL is this app's own origin, for jobs that call it back.
var SelfURL = "http://localhost:8080" // want SelfURL:`url: http://localhost:8080`

// PublicURL is where visitors reach the app.
var PublicURL = os.Getenv("APP_URL") // want PublicURL:`url: \{\$APP_URL\}`

// Mirror is reassigned by Configure: its value is not known.
var Mirror = "http://localhost:9090"

// Configure points Mirror elsewhere.
func Configure(mirror string) { Mirror = mirror }

// Greeting is a string variable that is not a URL: no fact.
var Greeting = "hello"
