// The train block: loss, optimizer and hyper-parameters, epochs, precision, weight-decay scope.
import GNNDiagnostics
import GNNIR

extension Diagnostic {
    static func unknownTrainSetting(_ key: String, at r: SourceRange) -> Diagnostic {
        Diagnostic(.unknownTrainSetting, "unknown train setting '\(key)'", at: r,
                   notes: [Note("known settings: \(TrainSettings.known.joined(separator: ", "))")])
    }
    static func badTrainValue(_ message: String, at r: SourceRange) -> Diagnostic {
        Diagnostic(.badTrainValue, message, at: r)
    }
    static func unknownWeightDecayScope(_ name: String, at r: SourceRange, known: [String], setting: String = "weight_decay_on") -> Diagnostic {
        Diagnostic(.unknownWeightDecayScope, "\(setting) names '\(name)', which is not a layer instance or parameter of the model", at: r,
                   notes: [Note("instances: \(known.joined(separator: ", "))")])
    }
}

enum TrainSettings {
    static let known = ["batch_size", "epochs", "loss", "lr_schedule", "normalize_features", "optimizer", "param_groups", "precision", "weight_decay_on"]
    static let optimizers: [String: [String: Double]] = [
        "adam": ["lr": 0.01, "weight_decay": 0, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8],
        "sgd": ["lr": 0.01, "weight_decay": 0, "momentum": 0],
    ]
    /// Every key is present after checking, so the IR states the whole configuration.
    static var defaults: Attributes {
        var a = Attributes()
        a["epochs"] = .int(200)
        a["loss"] = .ident("cross_entropy")
        a["normalize_features"] = .ident("false")
        a["precision"] = .ident("f32")
        a["optimizer"] = .ident("adam")
        for (k, v) in optimizers["adam"]! { a[k] = .float(v) }
        return a
    }
}

extension Elaborator {
    func applyDefaultTrain() { builder.setTrain(TrainSettings.defaults) }

    func checkTrain(_ t: TrainDecl) {
        var attrs = TrainSettings.defaults
        var seen: [String: SourceRange] = [:]
        var scope = Scope(prefix: "", dims: [:], dimRanges: [:], isModel: true)
        var groups: Expr?
        for s in t.settings {
            if let previous = seen[s.key.name] { report(.duplicateSetting(s.key.name, at: s.key.range, previous: previous)); continue }
            seen[s.key.name] = s.key.range
            switch s.key.name {
            case "batch_size":
                guard case .number(let v, true)? = evalConstant(s.value, &scope), v >= 1, v <= 1e7 else {
                    report(.badTrainValue("batch_size must be a positive integer (graphs per step)", at: s.value.range)); continue
                }
                attrs["batch_size"] = .int(Int(v))
            case "epochs":
                guard case .number(let v, true)? = evalConstant(s.value, &scope), v >= 0, v <= 1e7 else {
                    report(.badTrainValue("epochs must be a non-negative integer", at: s.value.range)); continue
                }
                attrs["epochs"] = .int(Int(v))
            case "loss":
                guard case .name(let id) = s.value, let kind = LossKind(rawValue: id.name) else {
                    report(.badTrainValue("loss must be \(LossKind.spelled)", at: s.value.range)); continue
                }
                attrs["loss"] = .ident(kind.rawValue)
            case "precision":
                guard case .name(let id) = s.value, ["f32", "f16", "bf16"].contains(id.name) else {
                    report(.badTrainValue("precision must be f32, f16 or bf16", at: s.value.range)); continue
                }
                attrs["precision"] = .ident(id.name)
            case "normalize_features":
                guard case .name(let id) = s.value, id.name == "true" || id.name == "false" else {
                    report(.badTrainValue("normalize_features must be true or false", at: s.value.range)); continue
                }
                attrs["normalize_features"] = .ident(id.name)
            case "optimizer":
                checkOptimizer(s.value, &attrs, &scope)
            case "weight_decay_on":
                checkWeightDecayScope(s.value, &attrs)
            case "param_groups":
                groups = s.value
            case "lr_schedule":
                checkSchedule(s.value, &attrs, &scope)
            default:
                report(.unknownTrainSetting(s.key.name, at: s.key.range))
            }
        }
        // After the optimizer, wherever it is written: a group's hyper-parameters are its.
        if let groups { checkParamGroups(groups, &attrs, &scope) }
        builder.setTrain(attrs)
    }

    /// `lr_schedule = step(step_size = 50, gamma = 0.5)`, `cosine(t_max = 200)`, `plateau(patience = 10)`:
    /// stored as `[kind, name, value, ...]` with every argument, defaults included.
    func checkSchedule(_ e: Expr, _ attrs: inout Attributes, _ scope: inout Scope) {
        guard let (name, args) = nameAndArguments(e) else {
            report(.badTrainValue("lr_schedule must be step(...), cosine(...) or plateau(...)", at: e.range)); return
        }
        guard let declared = LRScheduleTable.arguments[name.name] else {
            report(.badTrainValue("unknown lr_schedule '\(name.name)'; known: \(LRScheduleTable.arguments.keys.sorted().joined(separator: ", "))", at: name.range)); return
        }
        var values: [String: Double] = [:]
        var ok = true
        for a in args {
            guard let label = a.label else {
                report(.badTrainValue("lr_schedule arguments are named, e.g. step_size = 50", at: a.value.range)); ok = false; continue
            }
            guard declared.contains(where: { $0.name == label.name }) else {
                report(.badTrainValue("\(name.name) has no argument '\(label.name)'; known: \(declared.map(\.name).joined(separator: ", "))", at: label.range)); ok = false; continue
            }
            guard case .number(let v, _)? = evalConstant(a.value, &scope), v >= 0, v.isFinite else {
                report(.badTrainValue("'\(label.name)' must be a non-negative number", at: a.value.range)); ok = false; continue
            }
            if ["step_size", "t_max"].contains(label.name) && v < 1 {
                report(.badTrainValue("'\(label.name)' must be at least 1", at: a.value.range)); ok = false; continue
            }
            if label.name == "factor" && v >= 1 {
                report(.badTrainValue("plateau's factor must be below 1", at: a.value.range)); ok = false; continue
            }
            values[label.name] = v
        }
        for d in declared where values[d.name] == nil {
            guard let v = d.defaultValue else {
                report(.badTrainValue("\(name.name) needs \(d.name) = <number>", at: e.range)); ok = false; continue
            }
            values[d.name] = v
        }
        guard ok else { return }
        attrs["lr_schedule"] = .list([.ident(name.name)] + declared.flatMap { [Attribute.ident($0.name), .float(values[$0.name] ?? 0)] })
    }

    /// A train value written `name` or `name(arguments)`; nil for anything else.
    func nameAndArguments(_ e: Expr) -> (Ident, [CallArg])? {
        switch e {
        case .name(let id): return (id, [])
        case .call(let callee, nil, let args, nil, _): return (callee, args)
        default: return nil
        }
    }

    /// `param_groups = [group(on = [conv1, conv2], weight_decay = 0.01), group(on = [lin], lr = 0.05)]`,
    /// PyTorch's parameter groups: each names layer instances or parameters (as weight_decay_on
    /// does) and overrides the optimizer's hyper-parameters for them; a parameter is in at most
    /// one group. Stored as `[[names], key, value, ...]` per group.
    func checkParamGroups(_ e: Expr, _ attrs: inout Attributes, _ scope: inout Scope) {
        guard case .list(let items, _) = e else {
            report(.badTrainValue("param_groups takes a list of group(on = [...], lr = ..., weight_decay = ...)", at: e.range)); return
        }
        let optimizer = attrs["optimizer"]?.asIdent ?? "adam"
        let hyper = TrainSettings.optimizers[optimizer] ?? [:]
        let paramNames = builder.module.ops.filter { $0.opcode == .param }.compactMap(\.name)
        var owner: [String: (group: Int, range: SourceRange)] = [:]
        var groups: [Attribute] = []
        for (index, item) in items.enumerated() {
            guard case .call(let callee, nil, let args, nil, _) = item, callee.name == "group" else {
                report(.badTrainValue("each parameter group is group(on = [...], <hyper-parameter> = <number>, ...)", at: item.range)); continue
            }
            var names: [Attribute] = [], settings: [Attribute] = [], hasOn = false
            for a in args {
                guard let label = a.label else {
                    report(.badTrainValue("group arguments are named: on = [...], lr = 0.01", at: a.value.range)); continue
                }
                if label.name == "on" {
                    hasOn = true
                    guard case .list(let members, _) = a.value, !members.isEmpty else {
                        report(.badTrainValue("on takes a non-empty list of layer instances or parameters, e.g. [conv1]", at: a.value.range)); continue
                    }
                    for m in members {
                        guard case .name(let id) = m else { report(.badTrainValue("on takes names of layer instances or parameters", at: m.range)); continue }
                        let covered = paramNames.filter { ParamScope.covers(id.name, $0) }
                        guard !covered.isEmpty else { report(.unknownWeightDecayScope(id.name, at: id.range, known: instanceNames.keys.sorted(), setting: "param_groups")); continue }
                        for p in covered {
                            if let previous = owner[p], previous.group != index {
                                report(.badTrainValue("parameter \(p) is already in group \(previous.group + 1); a parameter belongs to one group", at: id.range)); continue
                            }
                            owner[p] = (index, id.range)
                        }
                        names.append(.ident(id.name))
                    }
                    continue
                }
                guard hyper[label.name] != nil else {
                    report(.badTrainValue("\(optimizer) has no hyper-parameter '\(label.name)'; a group sets: \(hyper.keys.sorted().joined(separator: ", "))", at: label.range)); continue
                }
                guard case .number(let v, _)? = evalConstant(a.value, &scope), v >= 0, v.isFinite else {
                    report(.badTrainValue("'\(label.name)' must be a non-negative number", at: a.value.range)); continue
                }
                settings += [.ident(label.name), .float(v)]
            }
            guard hasOn else { report(.badTrainValue("a parameter group needs on = [...]", at: item.range)); continue }
            groups.append(.list([.list(names)] + settings))
        }
        attrs["param_groups"] = .list(groups)
    }

    /// `adam`, `adam(lr = 0.01, weight_decay = 5e-4)`, `sgd(lr = 0.1, momentum = 0.9)`.
    func checkOptimizer(_ e: Expr, _ attrs: inout Attributes, _ scope: inout Scope) {
        guard let (name, args) = nameAndArguments(e) else {
            report(.badTrainValue("optimizer must be adam(...) or sgd(...)", at: e.range)); return
        }
        guard let defaults = TrainSettings.optimizers[name.name] else {
            report(.badTrainValue("unknown optimizer '\(name.name)'; known: adam, sgd", at: name.range)); return
        }
        for k in ["lr", "weight_decay", "beta1", "beta2", "eps", "momentum"] { attrs[k] = nil }
        for (k, v) in defaults { attrs[k] = .float(v) }
        attrs["optimizer"] = .ident(name.name)
        for a in args {
            guard let label = a.label else {
                report(.badTrainValue("optimizer arguments are named, e.g. lr = 0.01", at: a.value.range)); continue
            }
            guard defaults[label.name] != nil else {
                report(.badTrainValue("\(name.name) has no hyper-parameter '\(label.name)'; known: \(defaults.keys.sorted().joined(separator: ", "))", at: label.range)); continue
            }
            guard case .number(let v, _)? = evalConstant(a.value, &scope), v >= 0, v.isFinite else {
                report(.badTrainValue("'\(label.name)' must be a non-negative number", at: a.value.range)); continue
            }
            attrs[label.name] = .float(v)
        }
    }

    /// Names layer instances (or model-level parameters) whose parameters get weight decay.
    func checkWeightDecayScope(_ e: Expr, _ attrs: inout Attributes) {
        guard case .list(let items, _) = e else {
            report(.badTrainValue("weight_decay_on takes a list of layer instances, e.g. [conv1]", at: e.range)); return
        }
        let paramNames = builder.module.ops.filter { $0.opcode == .param }.compactMap(\.name)
        let instances = instanceNames.keys.sorted()
        var names: [Attribute] = []
        for item in items {
            guard case .name(let id) = item else {
                report(.badTrainValue("weight_decay_on takes names of layer instances", at: item.range)); continue
            }
            let matches = paramNames.contains { ParamScope.covers(id.name, $0) }
            guard matches else { report(.unknownWeightDecayScope(id.name, at: id.range, known: instances)); continue }
            names.append(.ident(id.name))
        }
        attrs["weight_decay_on"] = .list(names)
    }
}
