# Miscellaneous operators: cumsum, moments, histogram, ravel/unravel, batch_take, im2col, Crop, amp casts, pdfs.
import numpy as np
import mxnet as mx
from mxnet import nd


def show(tag, f):
    try:
        r = f()
        if isinstance(r, (list, tuple)):
            print(tag, "list", len(r))
            for x in r:
                print(" ", x.shape, x.dtype.__name__, np.round(x.asnumpy(), 5).tolist())
        else:
            print(tag, r.shape, r.dtype.__name__, np.round(r.asnumpy(), 5).tolist())
    except Exception as e:
        print(tag, "error", type(e).__name__)


x = nd.array([[1, 2, 3], [4, 5, 6]])
show("cumsum", lambda: nd.cumsum(x))
show("cumsum0", lambda: nd.cumsum(x, axis=0))
show("cumsum_dt", lambda: nd.cumsum(x, axis=1, dtype="int32"))
show("cumsum_int", lambda: nd.cumsum(x.astype("int32")))
show("moments", lambda: nd.moments(x, axes=(1,)))
show("moments_keep", lambda: nd.moments(x, axes=(0, 1), keepdims=True))
show("histogram_bins", lambda: nd.histogram(nd.array([0, 1, 1, 2, 5, 9]), nd.array([0, 2, 4, 10])))
show("ravel", lambda: nd.ravel_multi_index(nd.array([[0, 1, 2], [1, 0, 2]]), shape=(3, 4)))
show("unravel", lambda: nd.unravel_index(nd.array([1, 4, 11]), shape=(3, 4)))
show("batch_take", lambda: nd.batch_take(x, nd.array([2, 0])))
show("choose_element_0index", lambda: nd.choose_element_0index(x, nd.array([2, 1])))
show("fill_element_0index", lambda: nd.fill_element_0index(x, nd.array([9, 8]), nd.array([0, 2])))
img = nd.arange(16).reshape((1, 1, 4, 4))
show("im2col", lambda: nd.im2col(img, kernel=(2, 2)))
show("im2col_s", lambda: nd.im2col(img, kernel=(2, 2), stride=(2, 2), pad=(1, 1)))
show("col2im", lambda: nd.col2im(nd.ones((1, 4, 9)), output_size=(4, 4), kernel=(2, 2)))
show("Crop", lambda: nd.Crop(img, h_w=(2, 2), offset=(1, 1)))
show("Crop_center", lambda: nd.Crop(img, h_w=(2, 3), center_crop=True))
show("Crop_like", lambda: nd.Crop(img, nd.zeros((1, 1, 3, 3)), num_args=2))
show("amp_cast", lambda: nd.amp_cast(x, dtype="float16"))
show("khatri_rao1", lambda: nd.khatri_rao(nd.array([[1, 2]])))
show("SVMOutput", lambda: nd.SVMOutput(x, nd.array([0, 2])))
show("cast_int8", lambda: nd.cast(nd.array([-1.5, 300, 127.9]), dtype="int8"))
show("cast_uint8", lambda: nd.cast(nd.array([-1.5, 300, 255.9]), dtype="uint8"))
show("cast_bool", lambda: nd.cast(nd.array([0, 0.5, -2]), dtype="bool"))
show("cast_i32_nan", lambda: nd.cast(nd.array([1e10, -1e10]), dtype="int32"))
show("astype_f16", lambda: nd.array([65504, 70000, 1e-8]).astype("float16"))
show("pdf_normal", lambda: nd.random.pdf_normal(nd.array([[0, 1]]), nd.array([0]), nd.array([1])))
show("pdf_normal_log", lambda: nd.random.pdf_normal(nd.array([[0, 1]]), nd.array([0]), nd.array([1]), is_log=True))
show("pdf_uniform", lambda: nd.random.pdf_uniform(nd.array([[0.5, 2]]), nd.array([0]), nd.array([1])))
show("pdf_gamma", lambda: nd.random.pdf_gamma(nd.array([[0.5, 2]]), nd.array([2]), nd.array([1])))
show("pdf_exponential", lambda: nd.random.pdf_exponential(nd.array([[0.5, 2]]), nd.array([2])))
show("pdf_poisson", lambda: nd.random.pdf_poisson(nd.array([[0, 2]]), nd.array([2])))
show("pdf_negative_binomial", lambda: nd.random.pdf_negative_binomial(nd.array([[0, 2]]), nd.array([2]), nd.array([0.5])))
show("pdf_gnb", lambda: nd.random.pdf_generalized_negative_binomial(nd.array([[0, 2]]), nd.array([2]), nd.array([0.5])))
show("pdf_dirichlet", lambda: nd.random.pdf_dirichlet(nd.array([[[0.2, 0.8]]]), nd.array([[1, 2]])))
