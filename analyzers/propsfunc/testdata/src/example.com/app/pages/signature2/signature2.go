package signature2

type Props struct{ N int }

func GetServerSideProps() (Props, bool, error) { return Props{}, false, nil } // want `GetServerSideProps has results \(Props, bool, error\)`
