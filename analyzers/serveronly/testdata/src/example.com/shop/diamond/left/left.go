// want package:` reach\(example\.com/shop/db → database/sql \(server-only: built-in list\)\)}$`

package left

import "example.com/shop/db"

var Store *db.Store
