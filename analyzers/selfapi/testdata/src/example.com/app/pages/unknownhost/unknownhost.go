// Package unknownhost is a page whose props function calls a host known
// only at run time: reported when the path is served by a route this
// module registers.
package unknownhost

import (
	"context"
	"net/http"
	"os"

	"example.com/app/api"
	"example.com/app/comments"
	"example.com/app/routers"
)

type Props struct {
	User     api.User
	Comments []comments.Comment
}

type config struct{ UsersService string }

var _ = routers.Chi

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) {
	http.Get(os.Getenv("USERS_SERVICE") + "/api/users/42") // want `GET \{\$USERS_SERVICE\}/api/users/42 .*\(a route this module serves\), served by app/api.GetUser \(GET /api/users/\{\}\)`
	cfg := loadConfig()
	http.Get(cfg.UsersService + "/api/comments/7")             // want `served by app/comments.GinComment \(GET /api/comments/\{\}\)`
	http.Get(cfg.UsersService + "/api/authors/7")              // want `served by app/comments.Authors`
	http.Post(cfg.UsersService+"/api/v2/likes/7", "", nil)     // want `served by app/comments.Likes \(POST /api/v2/likes/\{\}\)`
	http.Post(cfg.UsersService+"/api/tags/go/follow", "", nil) // want `served by app/comments.Tags`
	// The API route package pages/api/posts serves it, by the convention.
	http.Get(os.Getenv("STATS_SERVICE") + "/api/stats")           // want `\(a route this module serves\), served by api/stats.Serve \(/api/stats\)`
	http.Get(cfg.UsersService + "/api/v2/tags/go/follow")         // silent: that route serves POST
	http.Post(cfg.UsersService+"/api/v2/tags/go/follow", "", nil) // want `served by app/routers.Tags \(POST /api/v2/tags/\{\}/follow\)`
	http.Get(cfg.UsersService + "/api/admin/stats")               // want `served by app/routers.Stats \(GET /api/admin/stats\)`
	http.Get(cfg.UsersService + "/api/v9/teams")                  // silent: versioned is mounted at two prefixes
	// Silent: GET is not the method the route serves.
	http.Post(os.Getenv("USERS_SERVICE")+"/api/users/42", "", nil)
	// Silent: a route of a router mounted at an unknown prefix is not known.
	http.Get(cfg.UsersService + "/orders/7")
	// Silent: /api/users/{id} serves one segment, not two.
	http.Get(cfg.UsersService + "/api/users/42/avatar")
	return Props{}, nil
}

func loadConfig() config { return config{UsersService: os.Getenv("USERS_SERVICE")} }
