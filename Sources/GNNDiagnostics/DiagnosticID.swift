// Every stable diagnostic id in one enum: raw values are unique by construction, so an id never
// changes meaning. Messages are declared beside the code that emits them.
public enum DiagnosticID: String, Sendable, CaseIterable, Hashable {
    // Lexer (GNNSpec/Lexer.swift)
    case unexpectedCharacter = "E101"
    case badNumber = "E102"
    case unterminatedComment = "E103"
    case numberOutOfRange = "E104"

    // Parser (GNNSpec/Parser*.swift)
    case expectedToken = "E201"
    case expectedExpression = "E202"
    case expectedDeclaration = "E203"
    case unterminatedBlock = "E204"
    case expectedType = "E205"
    case nestingTooDeep = "E206"
    case expectedStatement = "E207"
    case duplicateSetting = "E208"

    // Semantic checks (GNNSpec/Sema*.swift)
    case unknownName = "E301"
    case duplicateDefinition = "E302"
    case matmulShapeMismatch = "E303"
    case domainMismatch = "E304"
    case gatherOutsideBlock = "E305"
    case unknownAggregation = "E306"
    case wrongArity = "E307"
    case missingReturn = "E308"
    case returnTypeMismatch = "E309"
    case unknownInit = "E310"
    case layerRecursion = "E311"
    case unusedDimParameter = "E312"
    case unknownFunction = "E313"
    case shapeMismatch = "E314"
    case edgeValueWithoutEdgeIndex = "E315"
    case nodeValueInEdgeBlock = "E316"
    case badDimension = "E317"
    case viewSizeMismatch = "E318"
    case notALayer = "E319"
    case argumentTypeMismatch = "E320"
    case unknownTrainSetting = "E321"
    case badTrainValue = "E322"
    case missingModel = "E323"
    case duplicateModel = "E324"
    case badScalarArgument = "E325"
    case reservedName = "E326"
    case assignToImmutable = "E327"
    case badRepeatCount = "E328"
    case statementAfterReturn = "E329"
    case aggregateNeedsEdgeValue = "E330"
    case edgeSoftmaxNeedsEdgeValue = "E331"
    case badGraphSetting = "E332"
    case programTooLarge = "E333"
    case gatherOfNonNode = "E334"
    case badModelSignature = "E335"
    case unknownWeightDecayScope = "E336"
    case badGatherIndex = "E337"
    case nestedBlock = "E338"
    case listNotAllowed = "E339"
    case unknownDomain = "E340"
    case scalarWhereTensorExpected = "E341"
    /// Folding a number gave no finite result: `1 / 0`, `log(-1)`, `rsqrt(0)`, `exp(1000)`.
    case numberOutOfDomain = "E342"
    /// A number that is known only at run time: a model dimension, bound from the dataset.
    case numberNotKnown = "E343"
    /// A bug in gnnc itself: lowering produced IR that fails the verifier.
    case internalError = "E399"

    // Graph IR text parser and verifier (GNNIR/IRParser.swift, GNNIR/Verifier.swift)
    case irSyntax = "E401"
    case irUnknownValue = "E402"
    case irUnknownOp = "E403"
    case irTypeMismatch = "E404"
    case irDuplicateValue = "E405"
    case irBadOperand = "E406"
    case irBadAttribute = "E407"
    case irMissingResult = "E408"
    case irUnknownDimension = "E409"
    case irReservedDimension = "E410"
    case irBadName = "E411"

    // Kernel IR text parser (GNNIR/KernelParser.swift) and verifier (GNNIR/KernelVerifier.swift)
    case kirSyntax = "E421"
    case kirUnknownName = "E422"
    case kirBadLiteral = "E423"
    case kirBadProgram = "E431"
    case kirBadBuffer = "E432"
    case kirBadKernel = "E433"
    case kirBadName = "E434"
    case kirBadStatement = "E435"
    case kirBadStore = "E436"

    // Driver (GNNCompiler)
    case cannotReadFile = "E501"
    case unknownPass = "E502"
    case cannotWriteFile = "E503"
    /// Options that contradict each other or the spec (`--emit cu --target cpu`, a dimension the model lacks).
    case badOption = "E504"
    /// The last diagnostic of a front end stopped by the error limit (`--error-limit N`).
    case tooManyErrors = "E505"

    // Runtime, execution and data (GNNRuntime, GNNExecution, GNNData, GNNTraining, GNNCheck): every
    // failure after the input was accepted, rendered like the compile errors.
    case compilerMissing = "E701"
    case compileFailed = "E702"
    case libraryLoadFailed = "E703"
    case symbolMissing = "E704"
    case cacheIO = "E705"
    case deviceFailed = "E706"
    /// A file system filled up (the message names the directory and the bytes left).
    case noSpace = "E707"
    /// Memory for the program's buffers cannot be had (the message gives the estimate and what is available).
    case outOfMemory = "E708"
    case executionFailed = "E711"
    /// Training gave a loss that is not finite (f32 and bf16 stop there; f16 skips the step).
    case lossNotFinite = "E712"
    case datasetInvalid = "E721"
    /// A model input that training cannot bind from the dataset (it would be zeros).
    case inputNotInDataset = "E722"
    case checkpointInvalid = "E731"
    case selfTestFailed = "E741"
    case outputFailed = "E751"
    /// A failure no other id covers (a bug in gnnc when it happens).
    case unexpectedFailure = "E799"

    // Pass pipeline (GNNPasses/PassPipeline.swift)
    case passFailed = "E601"
    /// A pass list runs a pass before one whose result it needs, or after one that must follow it.
    case passOrder = "E602"
}
