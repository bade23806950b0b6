package pathsonly

import "context"

func GetStaticPaths(ctx context.Context) ([]string, error) { return nil, nil } // want `GetStaticPaths without GetStaticProps`
