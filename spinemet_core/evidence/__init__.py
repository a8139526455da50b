"""Published numbers kept as data, each row with its citekey."""
