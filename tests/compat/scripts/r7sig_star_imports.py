"""Names a star import of a namespace brings (MXNet's __all__ where it has one)."""
for m in ["gluon.contrib.nn", "gluon.contrib.rnn", "gluon.contrib.cnn", "optimizer", "gluon.nn", "gluon.rnn", "gluon.loss",
          "gluon.data", "lr_scheduler", "gluon", "gluon.data.vision", "gluon.block"]:
    names = {}
    exec(f"from mxnet.{m} import *", names)
    print(m, sorted(k for k in names if not k.startswith("__")))
