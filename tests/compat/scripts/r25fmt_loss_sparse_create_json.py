"""Loss metrics fed sparse predictions (the sum is taken before the count refuses) and mx.metric.create given a
JSON spec with extra arguments, with every digit of the values and the words of each refusal."""
# recorded on AVX2
import json

import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words


def show(tag, fn):
    try:
        print(tag, "->", repr(fn()))
    except Exception as e:  # noqa
        print(tag, "!!", words(e))


dense = np.array([[1.5, 0, 2.25], [0, 0, 3], [0.125, 0, 0]], dtype="float32")
PREDS = {"csr": lambda: nd.array(dense).tostype("csr"), "csr64": lambda: nd.array(dense, dtype="float64").tostype("csr"),
         "rsp": lambda: nd.array(dense).tostype("row_sparse"), "dense": lambda: nd.array(dense)}
for make in (mx.metric.Loss, mx.metric.Torch, mx.metric.Caffe, lambda: mx.metric.create("loss")):
    for first, second in (("dense", "csr"), ("csr", "dense"), ("rsp", "csr64"), ("csr64", "rsp")):
        m = make()
        for kind in (first, second):
            show(f"{m.name} update {kind}", lambda: m.update(None, PREDS[kind]()))
            show(f"{m.name} update [{kind}]", lambda: m.update(None, [PREDS["dense"](), PREDS[kind]()]))
            show(f"{m.name} state", lambda: (m.sum_metric, m.num_inst, m.global_sum_metric, m.global_num_inst))
            show(f"{m.name} get", lambda: (m.get(), m.get_global(), str(m)))
        m.reset_local()
        show(f"{m.name} reset_local", lambda: (m.get(), m.get_global_name_value()))

SPECS = [json.dumps(["acc", {"axis": 0}]), json.dumps({"metric": "f1", "average": "micro"}), '["mse", {}]',
         json.dumps(["top_k_accuracy", {"top_k": 3}]), json.dumps({"metric": "ce", "eps": 0.5})]
for spec in SPECS:
    show(f"create {spec}", lambda: mx.metric.create(spec).get_config())
    show(f"create {spec} name=", lambda: mx.metric.create(spec, name="x"))
    show(f"create {spec} positional", lambda: mx.metric.create(spec, 1))
    show(f"create [{spec}]", lambda: mx.metric.create([spec, "mae"]).get_name_value())
    show(f"create [{spec}] name=", lambda: mx.metric.create([spec], name="x"))
    show(f"composite add {spec}", lambda: mx.metric.CompositeEvalMetric([spec]).get_config()["metrics"])
