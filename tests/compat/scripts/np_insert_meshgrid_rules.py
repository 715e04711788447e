"""mx.np.insert's operand rules as MXNet 1.9.1's operator has them (obj an int, slice or int64 array; values a
number or an array; a number along an axis of a matrix refused) and meshgrid's refused copy=False."""
import numpy as onp

from mxnet import np, npx
from _show_np import show

npx.set_np()


z = np.arange(4.)
x = np.arange(6.).reshape(2, 3)
cases = [("list values", lambda: np.insert(z, 1, [5, 6])), ("array values", lambda: np.insert(z, 1, np.array([5., 6.]))),
         ("list obj", lambda: np.insert(z, [0, 2], np.array([7., 8.]))),
         ("float32 obj", lambda: np.insert(z, np.array([0, 2]), np.array([7., 8.]))),
         ("int32 obj", lambda: np.insert(z, np.array([0, 2], dtype="int32"), 7.)),
         ("int64 obj", lambda: np.insert(z, np.array([0, 2], dtype="int64"), np.array([7., 8.]))),
         ("0-d int64 obj", lambda: np.insert(z, np.array(1, dtype="int64"), 7.)),
         ("float obj", lambda: np.insert(z, 1.0, 7.)), ("numpy int obj", lambda: np.insert(z, onp.int64(1), 7.)),
         ("scalar along axis 0", lambda: np.insert(x, 1, 5., axis=0)),
         ("scalar along axis 1", lambda: np.insert(x, 1, 5, axis=1)),
         ("scalar flattened", lambda: np.insert(x, 1, 5.)), ("0-d array along axis", lambda: np.insert(x, 1, np.array(5.), axis=1)),
         ("row along axis 0", lambda: np.insert(x, 1, np.array([7., 8., 9.]), axis=0)),
         ("bool value", lambda: np.insert(z, 1, True)), ("float into int", lambda: np.insert(z.astype("int32"), 1, 5.5)),
         ("slice obj", lambda: np.insert(z, slice(0, 2), np.array([1., 2.]))), ("list arr", lambda: np.insert([1, 2], 1, 5)),
         ("meshgrid copy", lambda: np.meshgrid(z, z, copy=True)[0]), ("meshgrid no copy", lambda: np.meshgrid(z, z, copy=False)),
         ("meshgrid sparse", lambda: np.meshgrid(z, z, sparse=True)), ("meshgrid ij", lambda: np.meshgrid(z[:2], z, indexing="ij")[1])]
for label, f in cases:
    show(label, f)
