"""An operator called with no inputs (or None for them) is refused by its parser first, a required parameter left
out named before the inputs are counted; the count names the operator as MXNet's registry does (Reshape)."""
import mxnet as mx
from mxnet import nd
from _words import words

NAMES = ["abs", "relu", "softmax", "sum", "argmax", "norm", "transpose", "reshape", "flatten", "expand_dims",
         "squeeze", "slice", "slice_axis", "take", "pick", "one_hot", "clip", "tile", "repeat", "flip", "reverse",
         "broadcast_to", "topk", "sort", "cast", "Activation", "FullyConnected", "Convolution", "BatchNorm",
         "LayerNorm", "Dropout", "Embedding", "LeakyReLU", "SoftmaxOutput", "SequenceMask", "swapaxes", "diag",
         "cumsum", "smooth_l1", "L2Normalization", "pad", "space_to_depth", "depth_to_space", "moments"]
for name in NAMES:
    for label, call in (("()", lambda: getattr(nd, name)()), ("(None)", lambda: getattr(nd, name)(None))):
        try:
            call()
            print(name + label, "-> ok")
        except Exception as e:
            print(name + label, "->", words(e))

# an array under a name no input has goes on as an attribute: ignored by an operator without parameters (which
# then counts its inputs), refused by a parser
x = nd.ones((2, 2))
for label, call in (("broadcast_add(data=)", lambda: nd.broadcast_add(data=x)),
                    ("elemwise_add(data=)", lambda: nd.elemwise_add(data=x, foo=None)),
                    ("where(data=)", lambda: nd.where(data=x, foo=None)),
                    ("gather_nd(data=)", lambda: nd.gather_nd(data=x, foo=None)),
                    ("softmax(foo=array)", lambda: nd.softmax(x, foo=x))):
    try:
        call()
        print(label, "-> ok")
    except Exception as e:
        print(label, "->", words(e))

# a variadic operator given no arrays refuses num_args=0, naming the attributes given too
for label, call in (("concat(foo=1)", lambda: nd.concat(foo=1)), ("Concat(dim=0)", lambda: nd.Concat(dim=0)),
                    ("add_n(bar=1)", lambda: nd.add_n(bar=1)), ("concat(dim, foo, bar)", lambda: nd.concat(
                        dim=0, foo=1, bar=2))):
    try:
        call()
        print(label, "-> ok")
    except Exception as e:
        print(label, "->", str(e).splitlines()[-1])
