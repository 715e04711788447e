# mx.metric corners: create() by every name/alias/list/dict/JSON/callable, get_config/str, axis/top_k/average/eps/
# ignore_label variants, bad shapes and labels, dtypes, reset_local/global, composite and custom metrics
import warnings

import numpy as np
import mxnet as mx
from mxnet import nd

M = mx.metric
rs = np.random.RandomState(0)
warnings.simplefilter("ignore")      # numpy's divide-by-zero notes go to stderr in either


def fmt(v):
    if isinstance(v, (list, tuple)):
        return type(v).__name__ + "[" + ", ".join(fmt(x) for x in v) + "]"
    if isinstance(v, (float, np.floating)):
        return f"{type(v).__name__}:{float(v)!r}"
    if isinstance(v, (int, np.integer)):
        return f"{type(v).__name__}:{int(v)!r}"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k!r}: {fmt(x)}" for k, x in sorted(v.items(), key=str)) + "}"
    if isinstance(v, M.EvalMetric):
        return f"<{type(v).__name__} {v.name}>"
    return repr(v)


def show(tag, f):
    try:
        print(tag, "->", fmt(f()))
    except Exception as e:  # noqa
        print(tag, "!!", type(e).__name__)


def upd(m, labels, preds, n=1):
    for _ in range(n):
        m.update(labels, preds)
    return m.get(), m.get_global()


p3 = nd.array(rs.uniform(size=(4, 3)))
l3 = nd.array([0, 2, 1, 2])
p2 = nd.array(rs.uniform(size=(4, 2)))
l2 = nd.array([0, 1, 1, 0])

# create
for spec in ["acc", "Accuracy", "ACC", "accuracy", "top_k_accuracy", "top_k_acc", "f1", "mcc", "mae", "mse", "rmse",
             "ce", "cross-entropy", "crossentropy", "nll_loss", "negativeloglikelihood", "perplexity", "pearsonr",
             "pearsoncorrelation", "pcc", "loss", "torch", "caffe", "composite", "compositeevalmetric", "custom",
             "custommetric", "nosuch", 3, None, ["acc", "mae"], [], ["acc", ["mae", "mse"]], ("acc",),
             M.Accuracy(), '{"metric": "acc"}', '["acc", "mae"]', {"metric": "acc"}]:
    show(f"create {spec if not isinstance(spec, M.EvalMetric) else 'instance'!r}", lambda: M.create(spec))
show("create top_k kw", lambda: M.create("top_k_accuracy", top_k=3).name)
show("create acc axis", lambda: M.create("acc", axis=0).axis)
show("create inst+kw", lambda: M.create(M.Accuracy(), axis=2))
show("create list kw", lambda: M.create(["acc", "ce"], name="x").get())
show("create callable", lambda: M.create(lambda l, p: 1.0).name)
show("create callable kw", lambda: M.create(lambda l, p: 1.0, name="foo", allow_extra_outputs=True).name)
show("create perplexity", lambda: M.create("perplexity", ignore_label=None).get())
show("create perplexity noarg", lambda: M.create("perplexity"))
show("topk 1", lambda: M.TopKAccuracy(top_k=1))
show("topk name", lambda: M.TopKAccuracy(top_k=3, name="tk").name)

# config / str
for m in [M.Accuracy(axis=2), M.TopKAccuracy(top_k=3), M.F1(average="micro"), M.MCC(), M.MAE(), M.MSE(), M.RMSE(),
          M.CrossEntropy(eps=1e-3), M.NegativeLogLikelihood(), M.Perplexity(ignore_label=0, axis=1), M.PCC(),
          M.PearsonCorrelation(average="micro"), M.Loss(), M.Torch(), M.Caffe(), M.CompositeEvalMetric(["acc", "mae"]),
          M.Accuracy(output_names=["a"], label_names=["b"], name="x")]:
    show(f"config {type(m).__name__}", m.get_config)
    show(f"str {type(m).__name__}", lambda: str(m))
    show(f"recreate {type(m).__name__}", lambda: M.create(m.get_config()).get_config())
    show(f"attrs {type(m).__name__}", lambda: (m.name, m.output_names, m.label_names, m.num_inst, m.sum_metric))
    show(f"global attrs {type(m).__name__}", lambda: (m.global_num_inst, m.global_sum_metric))
    show(f"has_global {type(m).__name__}", lambda: m._has_global_stats)

# Accuracy
show("acc axis0", lambda: upd(M.Accuracy(axis=0), [nd.array([0, 1, 2])], [p3]))
show("acc axis-1 3d", lambda: upd(M.Accuracy(axis=-1), [nd.array([[0, 1, 2], [1, 1, 1]])],
                                  [nd.array(rs.uniform(size=(2, 3, 3)))]))
show("acc axis2", lambda: upd(M.Accuracy(axis=2), [l3], [p3]))
show("acc lab (4,1)", lambda: upd(M.Accuracy(), [l3.reshape((4, 1))], [p3]))
show("acc lab (2,2)", lambda: upd(M.Accuracy(), [l3.reshape((2, 2))], [p3]))
show("acc size mismatch", lambda: upd(M.Accuracy(), [nd.array([0, 1, 2])], [p3]))
show("acc indices", lambda: upd(M.Accuracy(), [l3], [nd.array([0, 2, 2, 2])], 2))
show("acc float idx", lambda: upd(M.Accuracy(), [l3], [nd.array([0.4, 2.9, 1.2, -0.5])]))
show("acc len mismatch", lambda: upd(M.Accuracy(), [l3, l3], [p3]))
show("acc tuple", lambda: upd(M.Accuracy(), (l3,), (p3,)))
show("acc int64", lambda: upd(M.Accuracy(), [l3.astype("int64")], [p3.astype("float16")]))
show("acc empty", lambda: upd(M.Accuracy(), [nd.zeros((0,))], [nd.zeros((0, 3))]))
show("acc dict", lambda: (lambda m: (m.update_dict({"a": l3}, {"b": p3}), m.get())[1])(M.Accuracy()))
show("acc dict names", lambda: (lambda m: (m.update_dict({"a": l3, "z": l3}, {"b": p3, "y": p3}), m.get())[1])(
    M.Accuracy(output_names=["b"], label_names=["a"])))
show("acc dict missing", lambda: (lambda m: (m.update_dict({"a": l3}, {"b": p3}), m.get())[1])(
    M.Accuracy(output_names=["q"], label_names=["a"])))
show("acc sum types", lambda: (lambda m: (m.update([l3], [p3]), type(m.sum_metric).__name__,
                                          type(m.num_inst).__name__))(M.Accuracy())[1:])
# TopK
show("topk k>C", lambda: upd(M.TopKAccuracy(top_k=5), [l3], [p3]))
show("topk 1d", lambda: upd(M.TopKAccuracy(top_k=2), [l3], [nd.array([0, 2, 2, 1])]))
show("topk 3d", lambda: upd(M.TopKAccuracy(top_k=2), [l3], [nd.array(rs.uniform(size=(4, 3, 2)))]))
show("topk ties", lambda: upd(M.TopKAccuracy(top_k=2), [l3], [nd.ones((4, 3))]))
show("topk lab2d", lambda: upd(M.TopKAccuracy(top_k=2), [l3.reshape((4, 1))], [p3]))
show("topk mismatch", lambda: upd(M.TopKAccuracy(top_k=2), [nd.array([0, 1])], [p3]))
# F1 / MCC
for cls in (M.F1, M.MCC):
    for avg in ("macro", "micro"):
        show(f"{cls.__name__} {avg}", lambda: upd(cls(average=avg), [l2], [p2], 3))
        show(f"{cls.__name__} {avg} 3cls", lambda: upd(cls(average=avg), [l3], [p3]))
        show(f"{cls.__name__} {avg} lab2", lambda: upd(cls(average=avg), [nd.array([0, 2, 1, 0])], [p2]))
        show(f"{cls.__name__} {avg} all neg", lambda: upd(cls(average=avg), [nd.zeros(4)], [nd.array([[1, 0]] * 4)]))
        show(f"{cls.__name__} {avg} 1d pred", lambda: upd(cls(average=avg), [l2], [nd.array([0, 1, 1, 1])]))
        show(f"{cls.__name__} {avg} lab 2d", lambda: upd(cls(average=avg), [l2.reshape((4, 1))], [p2]))
        show(f"{cls.__name__} {avg} shape mismatch", lambda: upd(cls(average=avg), [nd.array([0, 1])], [p2]))

        def seq():
            m = cls(average=avg)
            m.update([l2], [p2])
            m.update([nd.array([1, 1])], [nd.array([[0.2, 0.8], [0.9, 0.1]])])
            a = (m.get(), m.get_global(), m.num_inst, m.global_num_inst, m.sum_metric)
            m.reset_local()
            b = (m.get(), m.get_global(), m.num_inst, m.global_num_inst)
            m.update([l2], [p2])
            return a, b, m.get(), m.get_global()
        show(f"{cls.__name__} {avg} seq", seq)
show("F1 metrics attrs", lambda: (lambda m: (m.update([l2], [p2]), m.metrics.precision, m.metrics.recall,
                                              m.metrics.fscore, m.metrics.total_examples))(M.F1(average="micro"))[1:])
show("F1 bad average", lambda: upd(M.F1(average="weird"), [l2], [p2]))
# regression
for cls in (M.MAE, M.MSE, M.RMSE, M.PearsonCorrelation):
    show(f"{cls.__name__} 1d", lambda: upd(cls(), [nd.array([1., 2, 3])], [nd.array([1.5, 2, 2])], 2))
    show(f"{cls.__name__} 2d vs 1d", lambda: upd(cls(), [nd.array([1., 2, 3])], [nd.array([[1.5], [2], [2]])]))
    show(f"{cls.__name__} bcast", lambda: upd(cls(), [nd.array([1., 2, 3])], [nd.array([[1.5, 1], [2, 0], [2, 5]])]))
    show(f"{cls.__name__} f16", lambda: upd(cls(), [nd.array([1., 2, 3], dtype="float16")],
                                            [nd.array([1.5, 2, 2.1], dtype="float16")]))
    show(f"{cls.__name__} f64", lambda: upd(cls(), [nd.array([1., 2, 3], dtype="float64")],
                                            [nd.array([1.5, 2, 2.1], dtype="float64")]))
    show(f"{cls.__name__} mismatch", lambda: upd(cls(), [nd.array([1., 2, 3])], [nd.array([1.5, 2])]))
    show(f"{cls.__name__} single", lambda: upd(cls(), nd.array([1., 2, 3]), nd.array([1.5, 2, 2])))
    show(f"{cls.__name__} empty", lambda: upd(cls(), [nd.zeros((0,))], [nd.zeros((0,))]))
show("pearson micro", lambda: upd(M.PearsonCorrelation(average="micro"), [nd.array([1., 2, 3, 5])],
                                   [nd.array([1.5, 2, 2, 7])], 3))
show("pearson micro reset_local", lambda: (lambda m: (m.update([nd.array([1., 2, 3])], [nd.array([1., 3, 2])]),
                                                      m.reset_local(), m.get(), m.get_global()))(
    M.PearsonCorrelation(average="micro"))[2:])
show("pearson const", lambda: upd(M.PearsonCorrelation(), [nd.array([1., 1, 1])], [nd.array([1., 2, 3])]))
show("pearson 2d", lambda: upd(M.PearsonCorrelation(), [nd.array([[1., 2], [3, 4]])], [nd.array([[1., 2], [4, 3]])]))
# CE / NLL
for cls in (M.CrossEntropy, M.NegativeLogLikelihood):
    show(f"{cls.__name__}", lambda: upd(cls(), [l3], [p3], 2))
    show(f"{cls.__name__} eps0 zero", lambda: upd(cls(eps=0), [nd.array([0, 1])], [nd.array([[0., 1], [1, 0]])]))
    show(f"{cls.__name__} lab2d", lambda: upd(cls(), [l3.reshape((4, 1))], [p3]))
    show(f"{cls.__name__} lab oob", lambda: upd(cls(), [nd.array([0, 5, 1, 2])], [p3]))
    show(f"{cls.__name__} lab neg", lambda: upd(cls(), [nd.array([0, -1, 1, 2])], [p3]))
    show(f"{cls.__name__} lab frac", lambda: upd(cls(), [nd.array([0.7, 1.9, 1, 2])], [p3]))
    show(f"{cls.__name__} mismatch", lambda: upd(cls(), [nd.array([0, 1])], [p3]))
    show(f"{cls.__name__} 3d", lambda: upd(cls(), [nd.array([0, 1])], [nd.array(rs.uniform(size=(2, 3, 2)))]))
    show(f"{cls.__name__} f16", lambda: upd(cls(), [l3], [p3.astype("float16")]))
    show(f"{cls.__name__} f64", lambda: upd(cls(), [l3], [p3.astype("float64")]))
# Perplexity
show("ppl", lambda: upd(M.Perplexity(None), [l3], [p3], 2))
show("ppl ignore", lambda: upd(M.Perplexity(2), [l3], [p3], 2))
show("ppl ignore all", lambda: upd(M.Perplexity(2), [nd.array([2, 2])], [p3[:2]]))
show("ppl axis0", lambda: upd(M.Perplexity(None, axis=0), [nd.array([0, 1, 3])], [p3]))
show("ppl axis1 3d", lambda: upd(M.Perplexity(None, axis=1), [nd.array([[0, 1], [2, 0]])],
                                 [nd.array(rs.uniform(size=(2, 3, 2)))]))
show("ppl 3d", lambda: upd(M.Perplexity(1), [nd.array([[0, 1], [2, 1]])], [nd.array(rs.uniform(size=(2, 2, 3)))]))
show("ppl oob", lambda: upd(M.Perplexity(None), [nd.array([0, 7, -2, 1])], [p3]))
show("ppl zero prob", lambda: upd(M.Perplexity(None), [nd.array([0])], [nd.array([[0., 1]])]))
show("ppl f16", lambda: upd(M.Perplexity(None), [l3], [p3.astype("float16")]))
show("ppl f64", lambda: upd(M.Perplexity(0), [l3], [p3.astype("float64")]))
show("ppl int label", lambda: upd(M.Perplexity(0), [l3.astype("int32")], [p3]))
show("ppl types", lambda: (lambda m: (m.update([l3], [p3]), type(m.sum_metric).__name__,
                                      type(m.num_inst).__name__))(M.Perplexity(0))[1:])
show("ppl types none", lambda: (lambda m: (m.update([l3], [p3]), type(m.sum_metric).__name__,
                                           type(m.num_inst).__name__))(M.Perplexity(None))[1:])
show("ppl single nd", lambda: upd(M.Perplexity(None), l3, p3))
# PCC
show("pcc", lambda: upd(M.PCC(), [l3], [p3], 2))
show("pcc grow", lambda: upd(M.PCC(), [nd.array([0, 5, 1])], [nd.array([4, 5, 1])]))
show("pcc 1class", lambda: upd(M.PCC(), [nd.array([0, 0])], [nd.array([0, 0])]))
show("pcc attrs", lambda: (lambda m: (m.update([l3], [p3]), m.k, m.lcm.tolist(), m.num_inst))(M.PCC())[1:])
show("pcc reset", lambda: (lambda m: (m.update([l3], [p3]), m.reset_local(), m.get(), m.get_global(), m.k))(
    M.PCC())[2:])
# Loss
show("loss", lambda: upd(M.Loss(), None, [p3, p2], 2))
show("loss single", lambda: upd(M.Loss(), None, p3))
show("loss f16", lambda: upd(M.Loss(), None, [p3.astype("float16")]))
show("loss int", lambda: upd(M.Loss(), None, [nd.array([1, 2, 3], dtype="int32")]))
show("loss np", lambda: upd(M.Loss(), None, [np.ones(3)]))
show("loss types", lambda: (lambda m: (m.update(None, [p3]), type(m.sum_metric).__name__))(M.Loss())[1:])
show("loss big", lambda: upd(M.Loss(), None, [nd.array(rs.uniform(size=(300, 300)))]))
show("torch", lambda: upd(M.Torch(), None, [p3]))
# Custom
show("custom tuple", lambda: upd(M.CustomMetric(lambda l, p: (p.sum(), 3)), [l3], [p3]))
show("custom int", lambda: upd(M.CustomMetric(lambda l, p: 2), [l3], [p3], 2))
show("custom np", lambda: upd(M.np(lambda l, p: np.float32(0.5)), [l3], [p3]))
show("custom extra", lambda: upd(M.CustomMetric(lambda l, p: 1.0, allow_extra_outputs=True), [l3], [p3, p3]))
show("custom no extra", lambda: upd(M.CustomMetric(lambda l, p: 1.0), [l3], [p3, p3]))
show("custom name", lambda: (M.CustomMetric(lambda l, p: 1.0).name, M.np(lambda l, p: 1.0).name,
                             M.np(np.sum).name, M.CustomMetric(np.mean, name="zz").name))
show("custom config", lambda: M.CustomMetric(lambda l, p: 1.0).get_config())
show("custom single nd", lambda: upd(M.CustomMetric(lambda l, p: float(p.sum())), l3, p3))
show("custom global", lambda: (lambda m: (m.update([l3], [p3]), m.reset_local(), m.get(), m.get_global()))(
    M.CustomMetric(lambda l, p: 1.0))[2:])
show("custom kw", lambda: M.CustomMetric(lambda l, p: 1.0, output_names=["a"], label_names=["b"]).output_names)
# composite
c = M.CompositeEvalMetric()
c.add("acc")
c.add(M.TopKAccuracy(top_k=2))
c.add(lambda l, p: 1.0)
show("comp update", lambda: upd(c, [l3], [p3]))
show("comp nv", c.get_name_value)
show("comp gnv", c.get_global_name_value)
show("comp get_metric", lambda: (c.get_metric(0), repr(c.get_metric(5))))
show("comp reset_local", lambda: (c.reset_local(), c.get(), c.get_global())[1:])
show("comp str", lambda: str(c))
show("comp names", lambda: (c.name, c.output_names, c.label_names, [m.name for m in c.metrics]))
show("comp config", lambda: c.get_config())
show("comp nested", lambda: upd(M.CompositeEvalMetric([M.CompositeEvalMetric(["acc", "ce"]), "mae"]), [l3], [p3]))
show("comp dict", lambda: (lambda m: (m.update_dict({"a": l3, "b": l3}, {"o": p3, "p": p3}), m.get())[1])(
    M.CompositeEvalMetric(["acc"], output_names=["o"], label_names=["a"])))
show("comp empty", lambda: M.CompositeEvalMetric().get())
show("comp num_inst", lambda: (M.CompositeEvalMetric().num_inst, M.CompositeEvalMetric().sum_metric))
show("register", lambda: M.register(type("MyMetric", (M.Accuracy,), {})))
show("create registered", lambda: M.create("mymetric").name)
show("alias", lambda: M.alias("zzz")(type("M2", (M.MAE,), {})))
show("create alias", lambda: type(M.create("zzz")).__name__)
show("get_global nan", lambda: M.Accuracy().get_global())
show("EvalMetric base", lambda: M.EvalMetric("x").get())
show("EvalMetric base update", lambda: M.EvalMetric("x").update([l3], [p3]))
show("EvalMetric kw", lambda: M.EvalMetric("x", foo=1).get_config())
show("check_label_shapes", lambda: M.check_label_shapes([1, 2], [3]))
show("check_label_shapes shape", lambda: M.check_label_shapes(nd.ones((2, 3)), nd.ones((3, 2)), shape=True))
show("check_label_shapes wrap", lambda: M.check_label_shapes(nd.ones(2), nd.ones(2), wrap=True))
show("check_label_shapes np", lambda: M.check_label_shapes(np.ones(2), np.ones(2), wrap=True))
