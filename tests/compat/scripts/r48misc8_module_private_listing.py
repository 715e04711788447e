"""dir() of mx.rnn, mx.metric, mx.gluon.data, mx.attribute, mx.name and mx.context lists no private name a module imports only to build its listing, as MXNet's dir() shows."""
import mxnet as mx

for module in (mx.rnn, mx.metric, mx.gluon.data, mx.attribute, mx.name, mx.context, mx.contrib.text.vocab):
    names = dir(module)
    print(module.__name__.split(".", 1)[1], "_package_listing" in names, "_hiding" in names)
print([n for n in dir(mx.rnn) if n.startswith("_") and not n.startswith("__")])
print([n for n in dir(mx.gluon.data) if n.startswith("_") and not n.startswith("__")])
print([n for n in dir(mx.rnn) if not n.startswith("_")])
