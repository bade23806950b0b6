package settings // want package:"props surface"

// The settings page renders the settings page; its surface is recorded in
// the lock as it is.

import "context"

// Props are the settings page's props.
type Props struct {
	Theme string   `json:"theme"`
	Tags  []string `json:"tags"`
	// Internal is never serialized, so the lock does not record it.
	Internal string `json:"-"`
	count    int
}

// GetServerSideProps reads the settings.
func GetServerSideProps(ctx context.Context) (Props, error) {
	return Props{Theme: "dark"}, nil
}
