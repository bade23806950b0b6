package routers // want package:`routes: GET /api/tags/\{\} app/routers.Tags; POST /api/v2/tags/\{\}/follow app/routers.Tags; GET /api/search app/routers.Tags; GET /api/teams/\{\} app/routers.Teams; GET /api/admin/stats app/routers.Stats; GET /api/echo/likes/\{\} app/routers.Likes; POST /api/echo/v3/likes/\{\} app/routers.Likes; /api/g/stats app/routers.Stats`

// routers registers routes on sub-routers: chi Route, Group and
// Mount callbacks, echo groups and gorilla sub-routers handed to helpers.

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/gorilla/mux"
	"github.com/labstack/echo/v4"
)

func Tags(w http.ResponseWriter, r *http.Request)  {}
func Teams(w http.ResponseWriter, r *http.Request) {}
func Stats(w http.ResponseWriter, r *http.Request) {}
func Likes(c echo.Context) error                   { return nil }

// Chi builds the chi router of the app.
func Chi() http.Handler {
	r := chi.NewRouter()
	r.Route("/api", func(r chi.Router) {
		r.Get("/tags/{tag}", Tags)
		r.Route("/v2", func(r chi.Router) {
			r.Post("/tags/{tag}/follow", Tags)
		})
		r.Group(func(r chi.Router) {
			r.Get("/search", Tags)
		})
	})
	r.Route("/api/teams", teamRoutes)
	r.Mount("/api/admin", adminRouter())
	return r
}

// teamRoutes registers the routes under the prefix its caller mounts them
// at.
func teamRoutes(r chi.Router) {
	r.Get("/{team}", Teams)
}

func adminRouter() http.Handler {
	r := chi.NewRouter()
	r.Get("/stats", Stats)
	return r
}

// Echo builds the echo server, its API in a helper.
func Echo() *echo.Echo {
	e := echo.New()
	registerLikes(e.Group("/api/echo"))
	return e
}

func registerLikes(g *echo.Group) {
	g.GET("/likes/:id", Likes)
	g.Group("/v3").POST("/likes/:id", Likes)
}

// Gorilla builds the gorilla router, its API on a sub-router.
func Gorilla() *mux.Router {
	r := mux.NewRouter()
	api := r.PathPrefix("/api/g").Subrouter()
	registerStats(api)
	return r
}

func registerStats(r *mux.Router) {
	r.HandleFunc("/stats", Stats)
}

// Versions mounts one helper at two prefixes: its routes are left out,
// not guessed.
func Versions() {
	r := chi.NewRouter()
	r.Route("/api/v1", versioned)
	r.Route("/api/v9", versioned)
}

func versioned(r chi.Router) { r.Get("/teams", Teams) }

// Register receives a router from another package, mounted who knows
// where: its routes are left out.
func Register(r chi.Router) { r.Get("/orders", Teams) }
