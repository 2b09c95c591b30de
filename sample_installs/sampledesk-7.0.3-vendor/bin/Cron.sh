#!/bin/sh
# Starts or stops the SampleDesk cron jobs.
CRON_USER=sampledesk
crontab -u $CRON_USER $SAMPLEDESK_HOME/var/cron/*
