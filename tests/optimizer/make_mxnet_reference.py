"""Write mxnet_reference.json: the weights MXNet 1.9.1 computes for every case of optimizer_replay.

Run with an interpreter that has MXNet 1.9.1 installed: ``python tests/optimizer/make_mxnet_reference.py``.
"""
import json
import os
import sys
import warnings

import mxnet as mx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from optimizer_replay import CASES, run_case  # noqa: E402


def main():
    warnings.simplefilter("ignore")
    results = [{"name": name, "kwargs": kw, "mxnet_version": mx.__version__,
                "direct": run_case(mx, name, kw, "direct"), "updater": run_case(mx, name, kw, "updater")}
               for name, kw in CASES]
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mxnet_reference.json")
    with open(path, "w") as f:
        f.write("[\n" + ",\n".join(json.dumps(r) for r in results) + "\n]\n")   # one case per line


if __name__ == "__main__":
    main()
