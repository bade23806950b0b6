// Command inertiashop is a small shop rendered with Inertia
// (github.com/petaki/inertia-go), with deliberate mistakes for ssrlint to
// find: run ./demo.sh at the repository root.
package main

import (
	"embed"
	"log"
	"net/http"

	"example.com/inertiashop/internal/api"
	"example.com/inertiashop/internal/models"
	"example.com/inertiashop/internal/web"
	inertia "github.com/petaki/inertia-go"
)

//go:embed template
var templateFS embed.FS

func main() {
	store := models.NewStore()
	h := &web.Handlers{
		Inertia: inertia.New("http://localhost:8080", "template/app.gohtml", "", templateFS),
		Store:   store,
	}
	h.Share()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/stats", api.Stats(store))
	mux.HandleFunc("GET /customers", h.Customers)
	mux.HandleFunc("GET /team", h.Team)
	mux.HandleFunc("GET /webhooks", h.Webhooks)
	mux.HandleFunc("GET /checkout", h.Checkout)
	mux.HandleFunc("GET /{$}", h.Dashboard)
	log.Println("listening on http://localhost:8080")
	log.Fatal(http.ListenAndServe("localhost:8080", h.Inertia.Middleware(mux)))
}
