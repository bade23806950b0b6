package serveronly

import "testing"

func TestIsBuiltin(t *testing.T) {
	tests := map[string]bool{
		"database/sql":                        true,
		"os/exec":                             true,
		"database/sql/driver":                 false, // interfaces that shared types implement
		"github.com/jackc/pgx/v5":             true,
		"github.com/jackc/pgx/v5/pgxpool":     true,
		"github.com/lib/pq":                   true,
		"github.com/lib/pqx":                  false, // a prefix of the name, not of the path
		"gorm.io/gorm/clause":                 true,
		"github.com/aws/aws-sdk-go-v2/aws":    false, // the SDK core: only credential loading is listed
		"github.com/aws/aws-sdk-go-v2/config": true,
		"golang.org/x/oauth2":                 false,
		"example.com/database/sql":            false,
	}
	for path, want := range tests {
		if got := isBuiltin(path); got != want {
			t.Errorf("isBuiltin(%q) = %v, want %v", path, got, want)
		}
	}
}
