package profile // want package:"props surface"

// The profile page shows a user's public profile.

import (
	"context"
	"fmt"

	"example.com/app/model"
)

// Props are the profile page's props.
type Props struct {
	User  model.User     `json:"user"`
	Extra map[string]any `json:"extra"`
	// Meta is filled by middleware at run time.
	Meta any `json:"meta"`
}

// GetServerSideProps loads the user. model.User.Email is not recorded in
// the lock: the page started shipping it.
func GetServerSideProps(ctx context.Context, id int) (Props, error) { // want `props.user.email \(string, from model.User.Email\) is new and reaches the browser through GetServerSideProps without being recorded in props.lock`
	u := model.User{ID: id, Name: "Ada"}
	return Props{
		User: u,
		Extra: map[string]any{
			"greeting": fmt.Sprintf("Hello, %s", u.Name),
			"session":  model.Session{UserID: u.ID},
		},
	}, nil
}
