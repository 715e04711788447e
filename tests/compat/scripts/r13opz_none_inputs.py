"""A legacy operator given None for an array input drops it and fails its input count check, after reading its attributes."""
import mxnet as mx

nd = mx.nd
x = nd.ones((2, 3))
calls = [("broadcast_add(None, x)", lambda: nd.broadcast_add(None, x)), ("broadcast_add(x, None)", lambda: nd.broadcast_add(x, None)),
         ("log(None)", lambda: nd.log(None)), ("log(data=None)", lambda: nd.log(data=None)),
         ("log(None, out=x)", lambda: nd.log(None, out=x)), ("pick(x, None)", lambda: nd.pick(x, None)),
         ("pick(None, x)", lambda: nd.pick(None, x)), ("pick(x, index=None, axis=1)", lambda: nd.pick(x, index=None, axis=1)),
         ("pick(x, None, axis='bad')", lambda: nd.pick(x, None, axis="bad")),
         ("pick(data=x, index=None, foo=1)", lambda: nd.pick(data=x, index=None, foo=1)),
         ("x.pick(None)", lambda: x.pick(None)), ("x.pick(None, axis='u')", lambda: x.pick(None, axis="u")),
         ("where(None, x, x)", lambda: nd.where(None, x, x)), ("where(x, None, x)", lambda: nd.where(x, None, x)),
         ("maximum(None, x)", lambda: nd.maximum(None, x)), ("one_hot(None, depth=2)", lambda: nd.one_hot(None, depth=2)),
         ("one_hot(None)", lambda: nd.one_hot(None)), ("softmax_cross_entropy(x)", lambda: nd.softmax_cross_entropy(x))]
for label, f in calls:
    try:
        print(label, f().shape)
    except mx.base.MXNetError as e:
        text = str(e)
        print(label, "MXNetError", text[text.rfind("MXNetError: ") + 12:].split("\n")[0] if "MXNetError: " in text
              else text.split("\n")[0])
