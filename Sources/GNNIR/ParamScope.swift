// Which parameters a train-block name covers (weight_decay_on, param_groups): the parameter itself, or every parameter of a layer instance.

public enum ParamScope {
    /// `conv1` covers `conv1.W` and `conv1.mlp.b`; `scale` covers the model-level parameter `scale`.
    public static func covers(_ name: String, _ param: String) -> Bool {
        param == name || param.hasPrefix(name + ".")
    }
}
