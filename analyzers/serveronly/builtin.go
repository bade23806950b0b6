package serveronly

import (
	"slices"
	"strings"
)

// builtinPackages are the standard library packages that are server-only
// wherever they are used: database access, process execution, mail, system
// logging, plugins. database/sql/driver is not among them: it is only
// interfaces, which shared value types implement.
var builtinPackages = []string{
	"database/sql",
	"log/syslog",
	"net/smtp",
	"os/exec",
	"plugin",
}

// builtinPrefixes are third-party modules and packages that are
// server-only with every package below them: the common database drivers
// and ORMs, and the cloud SDK packages that load credentials.
var builtinPrefixes = []string{
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
	if slices.Contains(builtinPackages, path) {
		return true
	}
	for _, prefix := range builtinPrefixes {
		if rest, ok := strings.CutPrefix(path, prefix); ok && (rest == "" || rest[0] == '/') {
			return true
		}
	}
	return false
}
