"""Record MXNet 1.9.1's results for layer_cases.py into reference.json (run with MXNet installed).

    python tests/gluon/make_reference.py
"""
import json
import os
import sys

import mxnet as mx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import layer_cases  # noqa: E402

out = {"layers": {}, "losses": {}}
for case_id, source, inputs, mode in layer_cases.LAYERS:
    out["layers"][case_id] = layer_cases.run_layer(mx, source, inputs, mode)
for case_id, source, pred, label, weighted in layer_cases.LOSSES:
    out["losses"][case_id] = layer_cases.run_loss(mx, source, pred, label, weighted)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference.json"), "w") as f:
    json.dump(out, f, separators=(",", ":"))
print(f"recorded {len(out['layers'])} layers and {len(out['losses'])} losses with MXNet {mx.__version__}")
