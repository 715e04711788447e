"""softmax/softmin backward of MXNet's own kernel with a length or an output dtype other than the data's
(values measured on MXNet 1.9.1)."""
import numpy as np

from distnet import autograd, nd


def _grad(op, x, head, **kw):
    x.attach_grad()
    with autograd.record():
        y = getattr(nd, op)(x, **kw)
    y.backward(head)
    return x.grad.asnumpy()


def test_positions_past_the_length_get_positive_zero():
    x = nd.array([[0.3, -1.2, 0.8, 2.0], [1.1, 0.4, -0.5, 0.9]])
    head = nd.array([[-0.7, 0.2, -1.3, 0.5], [0.6, -0.9, 0.4, -0.2]])
    g = _grad("softmax", x, head, length=nd.array([1, 3], dtype="int32"), axis=-1, use_length=True, temperature=2.0)
    assert g.tolist() == [[0, 0, 0, 0], [0.1235937550663948, -0.15826795995235443, 0.034674204885959625, 0]]
    assert np.signbit(g).tolist() == [[False] * 4, [False, True, False, False]]


def test_wider_output_sums_in_the_data_type_and_multiplies_in_the_wider():
    x = nd.array([[0.31, -1.27, 0.83], [1.19, 0.45, -0.52], [0.7, 0.1, -0.3]])
    head = nd.array([[-0.71, 0.23, -1.37], [0.61, -0.93, 0.47], [0.2, 0.3, -0.1]], dtype="float64")
    g = _grad("softmax", x, head, axis=0, dtype="float64")
    assert g.dtype == np.float32
    assert g.tolist() == [[-0.1894591599702835, 0.05604679137468338, -0.3543928563594818],
                          [0.19431015849113464, -0.3027966618537903, 0.20959340035915375],
                          [-0.004850999917834997, 0.2467498779296875, 0.14479954540729523]]


def test_narrower_output_of_softmin_with_temperature():
    x = nd.array([0.37, -1.21, 0.88, 2.05, 0.4], dtype="float64")
    g = _grad("softmin", x, nd.array([-0.77, 0.29, -1.31, 0.53, 0.11]), dtype="float32", temperature=0.5)
    assert g.tolist() == [0.07647108606775367, -0.12628884691481512, 0.042607013542943745, -0.000829659106392569,
                          0.008040398957955698]


def test_log_softmax_half_output_of_float_data():
    # the sum of dy kept in float, exp in float: MXNet 1.9.1's values (not rounded through half)
    rs = np.random.RandomState(33)
    x = nd.array(rs.standard_normal((3, 4)))
    g = _grad("log_softmax", x, nd.array(rs.standard_normal((3, 4)), dtype="float16"), axis=1, dtype="float16")
    assert g.ravel().tolist() == [0.9458876848220825, 1.3104784488677979, -0.7995705604553223, -1.4568371772766113,
                                  -0.8913198709487915, 0.9288380146026611, -0.9360384941101074, 0.8984823822975159,
                                  1.419018268585205, 0.4768335819244385, -2.156456708908081, 0.2606084644794464]
