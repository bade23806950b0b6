package signature3

import "context"

func GetStaticProps(ctx context.Context) { // want `GetStaticProps has results \(\); it must return \(props, error\)`
}
