package comments // want package:`routes: GET /api/comments/\{\} app/comments.GinComment; GET /api/likes/\{\} app/comments.Likes; POST /api/v2/likes/\{\} app/comments.Likes; GET /api/tags/\{\} app/comments.Tags; POST /api/tags/\{\}/follow app/comments.Tags; /api/authors/\{\} app/comments.Authors; GET /admin/\{\} app/comments.GinComment`

// comments registers routes on the routers of several frameworks.

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gorilla/mux"
	"github.com/labstack/echo/v4"
)

type Comment struct{ Body string }

func Likes(echo.Context) error                       { return nil }
func Tags(w http.ResponseWriter, r *http.Request)    {}
func Authors(w http.ResponseWriter, r *http.Request) {}
func GinComment(c *gin.Context)                      {}

func Gin() {
	r := gin.Default()
	api := r.Group("/api")
	api.GET("/comments/:id", GinComment)
}

func Echo() {
	e := echo.New()
	e.GET("/api/likes/:id", Likes)
	e.Group("/api/v2").POST("/likes/:id", Likes)
}

func Chi() {
	m := chi.NewRouter()
	m.Get("/api/tags/{tag}", Tags)
	var r chi.Router = m
	r.Post("/api/tags/{tag}/follow", Tags)
}

func Gorilla() {
	r := mux.NewRouter()
	r.PathPrefix("/api").Subrouter().HandleFunc("/authors/{id:[0-9]+}", Authors)
}

// Root receives the root router: its routes are complete.
func Root(r *gin.Engine) { r.GET("/admin/:page", GinComment) }

// Mount receives a group mounted who knows where: its routes are left out.
func Mount(g *gin.RouterGroup) { g.GET("/orders/:id", GinComment) }
