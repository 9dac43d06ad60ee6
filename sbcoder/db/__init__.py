"""sbcoder.db"""
