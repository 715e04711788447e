"""Legacy shape operators check their attributes in MXNet's words: required ones, reverse's axes, tile's and space_to_depth's output sizes."""
import mxnet as mx

nd = mx.nd


def show(label, f):
    try:
        r = f()
        print(label, r.shape, r.asnumpy().ravel()[:6].tolist())
    except mx.base.MXNetError as e:
        text = str(e)
        print(label, "MXNetError", text[text.rfind("MXNetError: ") + 12:].split("\n")[0] if "MXNetError: " in text
              else text.split("\n")[0])


x = nd.arange(24).reshape((2, 3, 4))
img = nd.arange(32).reshape((1, 2, 4, 4))
show("pad no mode", lambda: nd.pad(img, pad_width=(0, 0, 0, 0, 1, 1, 1, 1)))
show("pad nothing", lambda: nd.pad(img))
show("pad no width", lambda: nd.pad(img, mode="edge"))
show("reverse no axis", lambda: nd.reverse(x))
show("slice_axis no begin", lambda: nd.slice_axis(x, axis=1, end=2))
show("slice_axis no end", lambda: nd.slice_axis(x, axis=1, begin=0))
show("randint no low", lambda: nd.random_randint(high=3))
for axis in [1, (0, 2), (2, 0), (0, 3), (3, 0), (-1,), 5]:
    show("reverse %s" % (axis,), lambda: nd.reverse(x, axis=axis))
for reps in [(2,), (1, 2), (0, 3), (-1,), (1, -1), (-2, 1), (2, -1, 1), ()]:
    show("tile %s" % (reps,), lambda: nd.tile(x[0], reps=reps))
for block in [1, 2, 0, -1, -2, -3, -4, 3, 7]:
    show("space_to_depth %d" % block, lambda: nd.space_to_depth(img, block_size=block))
    show("depth_to_space %d" % block, lambda: nd.depth_to_space(img.reshape((1, 8, 2, 2)), block_size=block))
show("space_to_depth 3-d", lambda: nd.space_to_depth(x, block_size=2))
show("space_to_depth 4x3", lambda: nd.space_to_depth(nd.ones((1, 2, 4, 3)), block_size=2))
show("depth_to_space depth 6", lambda: nd.depth_to_space(nd.ones((1, 6, 3, 4)), block_size=2))
