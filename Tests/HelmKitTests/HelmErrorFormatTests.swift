@testable import HelmKitRender
import HelmKitTemplate
import Testing

/// Expected texts follow Helm v4.2.3's `cleanupParseError` and `reformatExecErrorMsg`, checked
/// against what the reference renderer prints for the same Go errors.
struct HelmErrorFormatTests {
    @Test func parseErrorKeepsLastPart() {
        let error = TemplateError.parse(message: "template: t/templates/x.yaml:3: function \"nope\" not defined")
        #expect(HelmErrorFormat.parseError(fileName: "t/templates/x.yaml", error: error)
            == "parse error at (t/templates/x.yaml:3): function \"nope\" not defined")
    }

    @Test func requiredMessageIsExtracted() {
        let message = "template: t/templates/x.yaml:1:3: executing \"t/templates/x.yaml\" at <required \"x\" .Values.x>: error calling required: HELM_ERR_STARTx is requiredHELM_ERR_END"
        let error = TemplateError(kind: .execution, message: message)
        #expect(HelmErrorFormat.executionError(fileName: "t/templates/x.yaml", error: error)
            == "execution error at (t/templates/x.yaml:1:3): x is required")
    }

    @Test func fieldErrorBecomesTrace() {
        let message = "template: t/templates/x.yaml:3:19: executing \"t/templates/x.yaml\" at <.Capabilities.KubeVersion.Patch>: can't evaluate field Patch in type common.KubeVersion"
        let error = TemplateError(kind: .execution, message: message)
        #expect(HelmErrorFormat.executionError(fileName: "t/templates/x.yaml", error: error)
            == "t/templates/x.yaml:3:19\n  executing \"t/templates/x.yaml\" at <.Capabilities.KubeVersion.Patch>:\n    can't evaluate field Patch in type common.KubeVersion")
    }

    @Test func plainFunctionErrorStaysWhole() {
        let message = "template: t/templates/x.yaml:1:3: executing \"t/templates/x.yaml\" at <index .Values.l 5>: error calling index: index out of range: 5"
        let error = TemplateError(kind: .execution, message: message, underlying: PlainError("index out of range: 5"))
        #expect(HelmErrorFormat.executionError(fileName: "t/templates/x.yaml", error: error) == message)
    }
}
