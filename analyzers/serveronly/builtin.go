package serveronly

import "strings"

// builtin are the packages that are server-only wherever they are used,
// by import path prefix (a prefix matches the path itself and the packages
// below it): database access, process execution, mail and system logging,
// plugins, the common database drivers and ORMs, and the packages of cloud
// SDKs that load credentials.
var builtin = []string{
	// Standard library.
	"database/sql",
	"log/syslog",
	"net/smtp",
	"os/exec",
	"plugin",

	// Database drivers and ORMs.
	"entgo.io/ent",
	"github.com/go-redis/redis",
	"github.com/go-sql-driver/mysql",
	"github.com/jackc/pgx",
	"github.com/jinzhu/gorm",
	"github.com/jmoiron/sqlx",
	"github.com/lib/pq",
	"github.com/mattn/go-sqlite3",
	"github.com/redis/go-redis",
	"go.mongodb.org/mongo-driver",
	"gorm.io/driver",
	"gorm.io/gorm",
	"modernc.org/sqlite",

	// Cloud SDK credential loading.
	"cloud.google.com/go/secretmanager",
	"github.com/Azure/azure-sdk-for-go/sdk/azidentity",
	"github.com/aws/aws-sdk-go-v2/config",
	"github.com/aws/aws-sdk-go-v2/credentials",
	"github.com/aws/aws-sdk-go/aws/credentials",
	"github.com/aws/aws-sdk-go/aws/session",
	"github.com/hashicorp/vault/api",
	"golang.org/x/oauth2/google",
}

// isBuiltin reports whether path is on the built-in server-only list.
func isBuiltin(path string) bool {
	for _, prefix := range builtin {
		if rest, ok := strings.CutPrefix(path, prefix); ok && (rest == "" || rest[0] == '/') {
			return true
		}
	}
	return false
}
