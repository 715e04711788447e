"""npx operators given an out= array of another shape or dtype: each refuses it in the words of its own shape
and type inference (attribute mismatch, inconsistent shape or type, the older interface's enum numbers), shape
before dtype except where its type inference runs first; a right one is written and returned."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
x = np.array([[1.5, -2., 0., 1.], [3., -0.5, 4., 2.]])
i = np.array([0, 2])
calls = {
    "relu": lambda o: npx.relu(x, out=o),
    "softmax": lambda o: npx.softmax(x, out=o),
    "softmax dtype": lambda o: npx.softmax(x, dtype="float64", out=o),
    "batch_flatten": lambda o: npx.batch_flatten(x, out=o),
    "shape_array": lambda o: npx.shape_array(x, out=o),
    "topk": lambda o: npx.topk(x, k=2, out=o),
    "topk value": lambda o: npx.topk(x, k=2, ret_typ="value", out=o),
    "pick": lambda o: npx.pick(x, i, out=o),
    "one_hot": lambda o: npx.one_hot(i, 4, out=o),
    "cast": lambda o: npx.cast(x, "float64", out=o),
    "layer_norm": lambda o: npx.layer_norm(x, np.ones(4), np.zeros(4), out=o),
    "fully_connected": lambda o: npx.fully_connected(x, x, x[:, 0], num_hidden=2, out=o),
    "dropout": lambda o: npx.dropout(x, p=0.5, out=o),
    "sequence_mask": lambda o: npx.sequence_mask(x, out=o),
    "leaky_relu": lambda o: npx.leaky_relu(x, out=o),
    "gather_nd": lambda o: npx.gather_nd(x, np.array([[0, 1], [1, 2]]), out=o),
    "pooling": lambda o: npx.pooling(x.reshape((1, 1, 2, 4)), kernel=(1, 1), out=o),
    "embedding": lambda o: npx.embedding(i, x.T, input_dim=4, output_dim=2, out=o),
    "batch_norm": lambda o: npx.batch_norm(x, np.ones(4), np.zeros(4), np.zeros(4), np.ones(4), out=o),
    "convolution": lambda o: npx.convolution(x.reshape((1, 1, 2, 4)), np.ones((1, 1, 1, 1)), np.zeros(1),
                                             kernel=(1, 1), num_filter=1, out=o),
    "multibox_prior": lambda o: npx.multibox_prior(x.reshape((1, 1, 2, 4)), out=o),
    "reshape": lambda o: npx.reshape(x, (-1,), out=o),
}
for name, call in calls.items():
    right = call(None)
    for shape, dtype in [((3, 5), None), (None, "int32"), ((7,), "float16"), (None, "bool")]:
        try:
            call(np.zeros(shape or right.shape, dtype=dtype or right.dtype))
            print(name, shape, dtype, "-> written")
        except Exception as e:
            print(name, shape, dtype, "->", words(e))
    out = np.zeros(right.shape, dtype=right.dtype)
    print(name, "right out returned:", call(out) is out, out.dtype, out.shape)
try:
    npx.batch_norm(np.ones((2, 2)), np.ones(2), np.zeros(2), np.zeros(2), np.ones(2), output_mean_var=True,
                   out=np.zeros((2, 2)))
except Exception as e:
    print("batch_norm statistics, one out ->", words(e))
