/// The expression part of the parser: pipelines, commands and their operands.
extension Parser {
    /// `declarations? command ("|" command)*`, up to `end`.
    mutating func pipeline(_ context: String, end: TokenKind) throws -> PipeNode {
        let first = peekNonSpace()
        let pipe = PipeNode(position: first.position, line: first.line)
        try parseDeclarations(into: pipe, context)

        while true {
            let token = nextNonSpace()
            switch token.kind {
            case end:
                try checkPipeline(pipe, context)
                return pipe
            case .bool, .charConstant, .complex, .dot, .field, .identifier, .number, .nilKeyword,
                 .rawString, .string, .variable, .leftParen:
                backup()
                pipe.commands.append(try command())
                if pipe.commands.count > Parser.maxPipelineCommands {
                    try fail("pipeline too long")
                }
            default:
                try unexpected(token, context)
            }
        }
    }

    /// `$x :=`, `$x =`, or `$i, $e :=` in a range.
    private mutating func parseDeclarations(into pipe: PipeNode, _ context: String) throws {
        while true {
            let variable = peekNonSpace()
            guard variable.kind == .variable else { return }
            _ = next()
            let tokenAfterVariable = peek()
            let following = peekNonSpace()

            if following.kind == .assign || following.kind == .declare {
                pipe.isAssign = following.kind == .assign
                _ = nextNonSpace()
                pipe.declarations.append(VariableNode(position: variable.position, names: [variable.value]))
                variables.append(variable.value)
                return
            }
            if following.kind == .char && following.value == "," {
                _ = nextNonSpace()
                pipe.declarations.append(VariableNode(position: variable.position, names: [variable.value]))
                variables.append(variable.value)
                if context == "range" && pipe.declarations.count < 2 {
                    switch peekNonSpace().kind {
                    case .variable, .rightDelim, .rightParen:
                        continue
                    default:
                        try fail("range can only initialize variables")
                    }
                }
                try fail("too many declarations in \(context)")
            }
            if tokenAfterVariable.kind == .space {
                backup3(variable, tokenAfterVariable)
            } else {
                backup2(variable)
            }
            return
        }
    }

    private func checkPipeline(_ pipe: PipeNode, _ context: String) throws {
        if pipe.commands.isEmpty {
            try fail("missing value for \(context)")
        }
        for (index, command) in pipe.commands.enumerated() where index > 0 {
            switch command.arguments.first {
            case .bool?, .dot?, .nilValue?, .number?, .string?:
                try fail("non executable command in pipeline stage \(index + 1)")
            default:
                continue
            }
        }
    }

    /// `operand (space operand)*`, up to a pipe symbol (consumed) or a right delimiter or
    /// parenthesis (left for the caller).
    private mutating func command() throws -> CommandNode {
        let command = CommandNode(position: peekNonSpace().position)
        loop: while true {
            _ = peekNonSpace()
            if let operand = try operand() {
                command.arguments.append(operand)
            }
            let token = next()
            switch token.kind {
            case .space:
                continue
            case .rightDelim, .rightParen:
                backup()
            case .pipe:
                break
            default:
                try unexpected(token, "operand")
            }
            break loop
        }
        if command.arguments.isEmpty {
            try fail("empty command")
        }
        return command
    }

    /// `term .Field*`; nil when the next token starts no operand.
    private mutating func operand() throws -> ArgumentNode? {
        guard let node = try term() else { return nil }
        guard peek().kind == .field else { return node }

        let chain = ChainNode(position: peek().position, base: node)
        while peek().kind == .field {
            chain.fields.append(String(next().value.dropFirst()))
        }
        switch node {
        case .field(let field):
            return .field(FieldNode(position: chain.position, names: field.names + chain.fields))
        case .variable(let variable):
            return .variable(VariableNode(position: chain.position, names: variable.names + chain.fields))
        case .bool, .string, .number, .nilValue, .dot:
            try fail("unexpected . after term " + GoQuote.quote(node.text))
        default:
            return .chain(chain)
        }
    }

    /// `literal | function | . | .Field | $variable | '(' pipeline ')'`; nil when the next
    /// token is none of these.
    private mutating func term() throws -> ArgumentNode? {
        let token = nextNonSpace()
        switch token.kind {
        case .identifier:
            if !hasFunction(token.value) {
                try fail("function \(GoQuote.quote(token.value)) not defined")
            }
            return .identifier(IdentifierNode(position: token.position, name: token.value))
        case .dot:
            return .dot(position: token.position)
        case .nilKeyword:
            return .nilValue(position: token.position)
        case .variable:
            return .variable(try useVariable(token))
        case .field:
            let names = token.value.dropFirst().split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            return .field(FieldNode(position: token.position, names: names))
        case .bool:
            return .bool(position: token.position, value: token.value == "true")
        case .charConstant, .complex, .number:
            do {
                return .number(try GoLiterals.makeNumber(position: token.position, text: token.value, kind: token.kind))
            } catch let error as GoLiterals.SyntaxError {
                try fail(error.message)
            }
        case .leftParen:
            if stackDepth >= Parser.maxStackDepth || StackGuard.isExhausted(limit: stackLimit) {
                try fail("max expression depth exceeded")
            }
            stackDepth += 1
            defer { stackDepth -= 1 }
            return .pipe(try pipeline("parenthesized pipeline", end: .rightParen))
        case .string, .rawString:
            do {
                let value = try GoLiterals.unquote(token.value)
                return .string(StringNode(position: token.position, quoted: token.value, value: value))
            } catch let error as GoLiterals.SyntaxError {
                try fail(error.message)
            }
        default:
            backup()
            return nil
        }
    }

    private func useVariable(_ token: Token) throws -> VariableNode {
        let names = token.value.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let variable = VariableNode(position: token.position, names: names)
        if !variables.contains(names[0]) {
            try fail("undefined variable \(GoQuote.quote(names[0]))")
        }
        return variable
    }
}
