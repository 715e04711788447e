"""Shape and rank refusals carry MXNet's check and nothing after it: every line of the message is compared (the C++
trace, its file names and the MXNetError: prefix left out)."""
import re
import mxnet as mx
from mxnet import nd


def attempt(label, fn):
    try:
        r = fn()
        if isinstance(r, nd.NDArray):
            r.asnumpy()
        print(label, "-> ok")
    except Exception as e:
        lines = [re.sub(r"(\[\d\d:\d\d:\d\d\] )?\S+\.(cc|h):\d+: ", "", line.replace("MXNetError: ", ""))
                 for line in str(e).splitlines()
                 if line.strip() and not line.startswith("  File ") and not line.startswith("Traceback")]
        print(label, "->", type(e).__name__, lines)


o = nd.ones
attempt("FullyConnected weight", lambda: nd.FullyConnected(o((2, 3)), o((2, 4)), o((2,)), num_hidden=2))
attempt("FullyConnected bias", lambda: nd.FullyConnected(o((2, 3)), o((2, 3)), o((3,)), num_hidden=2))
attempt("Convolution weight", lambda: nd.Convolution(o((1, 1, 3, 3)), o((1, 1, 2, 2)), o((1,)), kernel=(2, 2),
                                                     num_filter=2))
attempt("Convolution groups", lambda: nd.Convolution(o((1, 2, 3, 3)), o((3, 1, 2, 2)), o((3,)), kernel=(2, 2),
                                                     num_filter=3, num_group=2))
attempt("Embedding weight", lambda: nd.Embedding(o((2,)), o((3, 2)), input_dim=3, output_dim=3))
attempt("LayerNorm gamma", lambda: nd.LayerNorm(o((2, 3)), o((2,)), o((3,))))
attempt("BatchNorm axis", lambda: nd.BatchNorm(o((2, 3)), o((3,)), o((3,)), o((3,)), o((3,)), axis=3))
attempt("LayerNorm axis", lambda: nd.LayerNorm(o((2, 3)), o((3,)), o((3,)), axis=2))
attempt("concat", lambda: nd.concat(o((2, 3)), o((3, 3)), dim=1))
attempt("stack", lambda: nd.stack(o((2, 3)), o((3, 3))))
attempt("add_n", lambda: nd.add_n(o((2,)), o((3,))))
attempt("dot", lambda: nd.dot(o((2, 3)), o((2, 3))))
attempt("batch_dot", lambda: nd.batch_dot(o((2, 3)), o((2, 3))))
attempt("broadcast_to", lambda: nd.broadcast_to(o((2, 3)), shape=(3, 3)))
attempt("broadcast_like", lambda: nd.broadcast_like(o((2, 3)), o((3, 3))))
attempt("broadcast_add", lambda: nd.broadcast_add(o((2, 3)), o((3, 3))))
attempt("elemwise_add", lambda: nd.elemwise_add(o((2, 3)), o((3, 3))))
attempt("plus", lambda: o((2, 3)) + o((3, 3)))
attempt("norm ord", lambda: nd.norm(o((2, 3)), ord=3))
attempt("pad rank", lambda: nd.pad(o((2, 3)), mode="constant", pad_width=(1, 1)))
attempt("Pad width", lambda: nd.Pad(o((1, 1, 2, 3)), mode="constant", pad_width=(0, 0, 0, 0, 1, 1)))
attempt("InstanceNorm rank", lambda: nd.InstanceNorm(o((2, 3)), o((2,)), o((2,))))
attempt("GroupNorm groups", lambda: nd.GroupNorm(o((2, 3, 4)), o((2,)), o((2,)), num_groups=2))
attempt("L2Normalization spatial", lambda: nd.L2Normalization(o((2, 3)), mode="spatial"))
attempt("diag k", lambda: nd.diag(o((2, 3)), k=5))
attempt("moments no axes", lambda: nd.moments(o((2, 3))))
attempt("RNN parameters", lambda: nd.RNN(o((2, 2, 2)), o((10,)), o((1, 2, 2)), state_size=2, num_layers=1,
                                         mode="rnn_tanh"))
attempt("SequenceMask lengths", lambda: nd.SequenceMask(o((2, 3)), o((5,)), use_sequence_length=True))
attempt("Pooling lp", lambda: nd.Pooling(o((1, 1, 4, 4)), kernel=(2, 2), pool_type="lp"))
attempt("Pooling pad", lambda: nd.Pooling(o((1, 1, 4, 4)), kernel=(2, 2), stride=(3, 3), pad=(5, 5)))
attempt("LeakyReLU prelu no gamma", lambda: nd.LeakyReLU(o((2, 3)), act_type="prelu"))
attempt("LeakyReLU gamma for leaky", lambda: nd.LeakyReLU(o((2, 3)), o((3,)), act_type="leaky"))
attempt("reshape to nothing", lambda: nd.reshape(o((2, 3))))
