/// Go's `fmt.Sprintf`, as `printf` and Sprig's formatting functions use it.
public enum GoFormat {
    /// Formats `arguments` by the verbs in `format`, with Go's text for errors such as
    /// `%!d(string=x)` and `%!(EXTRA string=x)`.
    public static func sprintf(_ format: String, _ arguments: [Value]) -> String {
        // TODO: the stub prints every verb as %v; the full verb set lands with the codecs.
        var output = ""
        var remaining = arguments[...]
        var iterator = format.makeIterator()
        while let character = iterator.next() {
            guard character == "%" else {
                output.append(character)
                continue
            }
            guard let verb = iterator.next() else {
                output += "%!(NOVERB)"
                break
            }
            if verb == "%" {
                output += "%"
                continue
            }
            if let argument = remaining.popFirst() {
                output += argument.goPrinted
            } else {
                output += "%!\(verb)(MISSING)"
            }
        }
        return output
    }
}
