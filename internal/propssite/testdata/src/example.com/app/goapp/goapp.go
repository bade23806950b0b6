// Package goapp builds go-app handlers: each store into a Handler's Env is
// a site; a struct of its own with an Env field is not.
package goapp

import (
	"os"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	app7 "github.com/maxence-charriere/go-app/v7/pkg/app"
)

func Handler() *app.Handler {
	h := &app.Handler{
		Name: "Shop",
		Env:  map[string]string{"API_URL": "/api"}, // want `go-app app\.js environment app\.Handler\.Env: env map\[string\]string`
	}
	h.Env["REGION"] = os.Getenv("REGION") // want `go-app app\.js environment app\.Handler\.Env: env\.REGION string`
	return h
}

func Legacy(env app7.Environment) *app7.Handler { // want Legacy:`props helper: param 0 → env \(app\.Handler\.Env\)`
	h := &app7.Handler{Name: "Legacy"}
	h.Env = env // want `go-app app\.js environment app\.Handler\.Env: env app\.Environment`
	return h
}

// Worker is not go-app's Handler.
type Worker struct {
	Env map[string]string
}

func NewWorker() *Worker {
	return &Worker{Env: map[string]string{"REGION": os.Getenv("REGION")}}
}
