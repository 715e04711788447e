"""A storage fallback line lists every output MXNet's operator makes (the ones sort, topk, Dropout and the norms
keep for their backward too), names reshape by MXNet's operator name (Reshape), and states khatri_rao's num_args."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from _storage_log import logged

nd = mx.nd


a = nd.array(np.array([[0, 1, 3], [2, 0, 1]], dtype="float32"))
r, c = a.tostype("row_sparse"), a.tostype("csr")
calls = [("sort", lambda: nd.sort(r)), ("argsort", lambda: nd.argsort(r)),
         ("topk value", lambda: nd.topk(r, ret_typ="value")), ("topk both", lambda: nd.topk(c, ret_typ="both")[0]),
         ("topk indices", lambda: nd.topk(c)), ("topk mask", lambda: nd.topk(c, ret_typ="mask")),
         ("Dropout", lambda: nd.Dropout(r, p=0.0)), ("LayerNorm", lambda: nd.LayerNorm(r, nd.ones(3), nd.zeros(3))),
         ("BatchNorm", lambda: nd.BatchNorm(r, nd.ones(3), nd.zeros(3), nd.zeros(3), nd.ones(3), fix_gamma=False)),
         ("BatchNorm output_mean_var", lambda: nd.BatchNorm(c, nd.ones(3), nd.zeros(3), nd.zeros(3), nd.ones(3),
                                                            fix_gamma=False, output_mean_var=True)[0]),
         ("InstanceNorm", lambda: nd.InstanceNorm(nd.ones((1, 2, 2)).tostype("row_sparse"), nd.ones(2), nd.zeros(2))),
         ("reshape", lambda: nd.reshape(c, (3, 2))), ("Reshape", lambda: nd.Reshape(r, shape=(3, 2))),
         ("csr.reshape", lambda: c.reshape((6,))), ("khatri_rao", lambda: nd.khatri_rao(c, c)),
         ("swapaxes", lambda: nd.swapaxes(r, 0, 1)), ("identity", lambda: nd.identity(c))]
for label, call in calls:
    print(label, "->", logged(call))
