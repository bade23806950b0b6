package lib

// Load returns "hé, 100%".
func Load() int { return 1 }
