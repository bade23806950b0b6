// want package:` reach\(client; database/sql \(server-only: built-in list\); example\.com/shop/mailer \(server-only: imports github\.com/ssrlint/ssrlint/serveronly\); example\.com/shop/pages/products \(server-only: page with GetServerSideProps\); example\.com/shop/vault \(server-only: marked //ssrlint:server-only\)\)}$`

// Package cart is compiled to WebAssembly and runs in the browser.
//
//ssrlint:client
package cart

import (
	_ "database/sql" // want `client package example.com/shop/web/cart imports database/sql \(server-only: built-in list\), which compiles server code into the browser bundle; move the shared types into a package with no server imports`
	"strings"

	_ "example.com/shop/diamond/top" // want `imports example.com/shop/diamond/top → example.com/shop/diamond/left → example.com/shop/db → database/sql \(server-only: built-in list\), which`
	_ "example.com/shop/mailer"      // want `imports example.com/shop/mailer \(server-only: imports github.com/ssrlint/ssrlint/serveronly\)`
	"example.com/shop/pages/about"
	"example.com/shop/pages/products" // want `imports example.com/shop/pages/products \(server-only: page with GetServerSideProps\), which compiles server code into the browser bundle; move what the client needs out of the page and pass data through props`
	"example.com/shop/store"          // want `imports example.com/shop/store → example.com/shop/db → database/sql \(server-only: built-in list\), which`
	"example.com/shop/types"
	"example.com/shop/util"
	_ "example.com/shop/vault" // want `imports example.com/shop/vault \(server-only: marked //ssrlint:server-only\), which`
	_ "example.com/shop/web/widget"

	_ "example.com/shop/db" //ssrlint:ignore serveronly the demo build registers the driver; tracked in SHOP-12
)

type View struct {
	Cart    *store.Cart
	Product types.Product
	Props   products.Props
}

func Render(v View) string {
	util.RotateKeys() // want `client package example.com/shop/web/cart uses util.RotateKeys, which is marked //ssrlint:server-only, so it is compiled into the browser bundle; call it on the server \(in a props function or an API route\) and pass the result to the client`
	return strings.Join([]string{about.Render(), util.Title(v.Product.Name)}, " ")
}

// Well-known key formats are reported whatever their name.
const stripeKey = "sk_live_4eC39HqLyjWDarjtT1zdp7dc" // want `client package example.com/shop/web/cart holds a string constant that looks like a credential \(Stripe live secret key\), which ships in the browser bundle where anyone can read it; revoke the key and keep its replacement on the server, used by an API route`

var headers = map[string]string{
	"Authorization": "Bearer ghp_" + "a1B2a1B2a1B2a1B2a1B2a1B2a1B2a1B2a1B2", // want `looks like a credential \(GitHub personal access token\)`
	"api_key":       "9f8e7d6c5b4a39281706",                                 // want `assigns a secret-looking string to api_key \(api key\)`
}

var awsKeyID = "AKIAIOSFODNN7EXAMPLE" // want `looks like a credential \(AWS access key ID\)`

const deployKey = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----" // want `looks like a credential \(PEM private key\)`

type settings struct{ ClientSecret, Title string }

func configure() settings {
	s := settings{ClientSecret: "a8f5f167f44f4964e6c998dee827110c"} // want `assigns a secret-looking string to ClientSecret \(secret\)`
	var webhookSecret string
	webhookSecret = "whsec_5f8a1c2e9b7d4036" // want `assigns a secret-looking string to webhookSecret \(secret\)`
	_ = webhookSecret
	return s
}

// Keys made for browsers are not secrets, whatever their names; other
// tokens under the same names are.
var (
	mapsAPIKey       = "AIzaSyB3kR9xTq1LmZ7vP0wN4cJ8eH2gF6dA5sU"
	stripeAPIKey     = "pk_live_4eC39HqLyjWDarjtT1zdp7dc"
	firebaseConfig   = map[string]string{"apiKey": "AIzaSyB3kR9xTq1LmZ7vP0wN4cJ8eH2gF6dA5sU"}
	geocoderAPIKey   = "AIzaSyB3kR9xTq1LmZ7vP0wN4cJ8eH2gF6dA5sU-extra" // want `assigns a secret-looking string to geocoderAPIKey \(api key\)`
	stripeTestAPIKey = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"              // want `assigns a secret-looking string to stripeTestAPIKey \(api key\)`
)

// Silent: public by design, labels, patterns, placeholders, names that
// only mention a secret.
const (
	stripePublishable = "pk_live_4eC39HqLyjWDarjtT1zdp7dc"
	passwordLabel     = "Password1"
	passwordPattern   = "^[a-z0-9]{8,}$"
	apiKeyPlaceholder = "your-api-key"
	secretHeader      = "X-Webhook-Secret"
	tokenPrefix       = "sk_live_"
	pemHeader         = "-----BEGIN RSA PRIVATE KEY-----"
	secretVersion     = "v1.2.3-beta4"
)
