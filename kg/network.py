"""``kg.network``: the networkx views and analysis helpers; the contract is in kg/graph/network.py."""

from kg.graph.network import *  # noqa: F401,F403
from kg.graph.network import __all__, __doc__  # noqa: F401
