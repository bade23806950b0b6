package home

func getServerSideProps() (int, error) { return len("héllo 🙂"), nil }
